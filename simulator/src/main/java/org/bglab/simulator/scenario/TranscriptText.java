package org.bglab.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import org.bglab.simulator.kernel.Durations;
import org.bglab.simulator.cluster.ClusterCounts;

/**
 * A scenario run as lines of text for people: the scenario line number, the simulated time, and
 * what happened. Returned as strings; printing is up to the caller.
 */
public final class TranscriptText {

  private TranscriptText() {}

  /** The whole run: a heading, one or more lines per entry, and a summary. */
  public static List<String> lines(ScenarioRun run) {
    List<String> lines = new ArrayList<>();
    lines.add("scenario " + run.source() + "   (seed " + run.seed() + ")");
    lines.add(String.format("%5s  %-10s %s", "line", "time", "step / what happened"));
    for (TranscriptEntry entry : run.transcript()) {
      add(lines, entry);
    }
    lines.add("");
    lines.addAll(summary(run));
    return lines;
  }

  private static void add(List<String> lines, TranscriptEntry entry) {
    String time = Durations.text(Duration.ofNanos(entry.at()));
    String number = String.valueOf(entry.line());
    if (entry instanceof TranscriptEntry.Comment comment) {
      lines.add(String.format("%5s  %-10s %s", number, "", comment.text()));
    } else if (entry instanceof TranscriptEntry.Event event) {
      lines.add(String.format("%5s  %-10s   · %s", "", time, ClusterEventText.of(event.event())));
    } else if (entry instanceof TranscriptEntry.Command command) {
      lines.add(String.format("%5s  %-10s %s", number, time, "$ " + command.command()));
      for (String output : command.output().split("\n")) {
        lines.add(String.format("%5s  %-10s   %s", "", "", output));
      }
    } else if (entry instanceof TranscriptEntry.Traffic traffic) {
      lines.add(String.format("%5s  %-10s %s", number, time, describe(traffic)));
    } else if (entry instanceof TranscriptEntry.Wait wait) {
      lines.add(String.format("%5s  %-10s wait %s", number, time, Durations.text(Duration.ofNanos(wait.duration()))));
    } else if (entry instanceof TranscriptEntry.Setting setting) {
      lines.add(String.format("%5s  %-10s set %s %s", number, time, setting.key(), setting.value()));
    } else if (entry instanceof TranscriptEntry.Connections connections) {
      String what = connections.opened()
          ? "opened " + connections.changed() + " of " + connections.requested() + " keep-alive connections to "
          : "closed " + connections.changed() + " keep-alive connections to ";
      lines.add(String.format("%5s  %-10s %s%s (open now: %s)", number, time, what, connections.service(),
          connections.nowOpen()));
    } else if (entry instanceof TranscriptEntry.Expectation expectation) {
      lines.add(String.format("%5s  %-10s %s  %s", number, time, expectation.passed() ? "PASS" : "FAIL", expectation.text()));
      if (!expectation.passed()) {
        lines.add(String.format("%5s  %-10s         actual: %s", "", "", expectation.actual()));
      }
    }
  }

  private static String describe(TranscriptEntry.Traffic traffic) {
    StringBuilder text = new StringBuilder("sent " + traffic.requests() + " requests to " + traffic.service());
    if (!traffic.combinedWith().isEmpty()) {
      text.append(" and ").append(String.join(" and ", traffic.combinedWith()))
          .append(" (each request to all of them, answers combined)");
    }
    if (traffic.over() > 0) {
      text.append(" over ").append(Durations.text(Duration.ofNanos(traffic.over())));
    }
    text.append(": ").append(traffic.served().counts().isEmpty() ? "none served" : traffic.served().toString());
    text.append(", failed ").append(traffic.failed());
    if (traffic.failed() > 0) {
      text.append(" (").append(traffic.failures()).append(')');
    }
    if (traffic.keptAlive() > 0) {
      text.append("; ").append(traffic.keptAlive()).append(" on keep-alive connections");
    }
    return text.toString();
  }

  private static String count(long count, String singular) {
    return count(count, singular, singular + "s");
  }

  private static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /** The closing lines: expectations, requests, and the counted work. */
  public static List<String> summary(ScenarioRun run) {
    ClusterCounts counts = run.counts();
    List<String> lines = new ArrayList<>();
    lines.add("expectations: " + (run.expectations().size() - run.failures().size()) + " passed, "
        + run.failures().size() + " failed");
    lines.add("requests:     " + run.requestsSent() + " sent, " + run.requestsFailed() + " failed");
    lines.add("writes:       " + count(counts.operations().updateCalls(), "API write request") + ", "
        + count(counts.operations().pointerWrites(), "selector write") + ", "
        + count(counts.operations().entriesWritten(), "per-user entry", "per-user entries"));
    lines.add("propagation:  " + count(counts.propagation().endpointsTouched(), "endpoint") + " touched by recomputes, "
        + count(counts.propagation().proxyRuleWrites(), "proxy rule") + " rewritten in "
        + count(counts.propagation().proxySyncs(), "node sync"));
    if (!run.failedCommands().isEmpty()) {
      lines.add("kubectl:      " + run.failedCommands().size() + " command(s) reported an error (lines "
          + String.join(", ", run.failedCommands().stream().map(c -> String.valueOf(c.line())).toList()) + ")");
    }
    return lines;
  }
}
