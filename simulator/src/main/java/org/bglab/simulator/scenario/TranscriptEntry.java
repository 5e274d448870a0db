package org.bglab.simulator.scenario;

import java.util.List;
import org.bglab.simulator.cluster.ClusterEvent;
import org.bglab.simulator.cluster.Tally;

/**
 * One record of what happened while a scenario ran. Every entry carries the scenario line it
 * belongs to (for an event: the line that was running when the cluster did it) and the simulated
 * time, in nanoseconds, when it happened.
 */
public sealed interface TranscriptEntry {

  /** The scenario line, counted from 1. */
  int line();

  /** When it happened, in simulated nanoseconds. */
  long at();

  /**
   * A kubectl command and what it printed.
   *
   * @param command the line as written
   * @param output what kubectl printed
   * @param failed whether kubectl reported an error
   */
  record Command(int line, long at, String command, String output, boolean failed) implements TranscriptEntry {}

  /**
   * A {@code #} comment of the scenario, kept where it stands so that a transcript explains
   * itself.
   *
   * @param text the comment line as written, starting with {@code #}
   */
  record Comment(int line, long at, String text) implements TranscriptEntry {}

  /**
   * Something the cluster did by itself (pods ready, endpoints changed, proxies synced), at the
   * event's own time; {@link ClusterEventText} says it in words.
   *
   * @param event what happened
   */
  record Event(int line, ClusterEvent event) implements TranscriptEntry {

    /** When the cluster did it. */
    @Override
    public long at() {
      return event.at();
    }
  }

  /**
   * Requests sent to a Service and where they went.
   *
   * @param service the Service they were sent to
   * @param combinedWith the other Services each request also went to, its answers combined with
   *     the first (usually empty)
   * @param requests how many were sent
   * @param over the time they were spread over, 0 for all at once
   * @param served how many reached each deployment's pods, whether the pod answered well or with a
   *     model error (a combined request counts for every deployment it reached)
   * @param failures how many failed, by reason ({@code model error} for a faulty model's answer)
   * @param keptAlive how many travelled on already open keep-alive connections
   */
  record Traffic(int line, long at, String service, List<String> combinedWith, long requests, long over,
      Tally served, Tally failures, long keptAlive) implements TranscriptEntry {

    /** Copies the list. */
    public Traffic {
      combinedWith = List.copyOf(combinedWith);
    }

    /** The number of failed requests. */
    public long failed() {
      return failures.total();
    }
  }

  /**
   * A wait.
   *
   * @param duration how long, in nanoseconds
   */
  record Wait(int line, long at, long duration) implements TranscriptEntry {}

  /**
   * A cluster setting changed.
   *
   * @param key the setting
   * @param value its new value, as text
   */
  record Setting(int line, long at, String key, String value) implements TranscriptEntry {}

  /**
   * Keep-alive connections opened or closed.
   *
   * @param service the Service they lead to
   * @param opened true for {@code open}, false for {@code close}
   * @param requested how many were asked for ({@code open} only)
   * @param changed how many were opened, or closed
   * @param nowOpen the connections open afterwards, by the deployment of their pod
   */
  record Connections(int line, long at, String service, boolean opened, int requested, int changed, Tally nowOpen)
      implements TranscriptEntry {}

  /**
   * An {@code expect} line and whether it held.
   *
   * @param text the line as written
   * @param passed whether it held
   * @param actual what was measured, in the same terms as the line ({@code green 0, blue 100})
   * @param summary what was measured, in a few words for reports ({@code model-service: 0/1000
   *     failed, 1000 to blue}; {@code ready pods: model:v1 3})
   */
  record Expectation(int line, long at, String text, boolean passed, String actual, String summary)
      implements TranscriptEntry {}
}
