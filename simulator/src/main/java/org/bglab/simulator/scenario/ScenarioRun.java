package org.bglab.simulator.scenario;

import java.util.List;
import org.bglab.simulator.cluster.ClusterCounts;

/**
 * The result of running a scenario: the transcript of everything that happened, in order, with
 * the outcome of every {@code expect} line among it.
 *
 * @param source the scenario's name, as given to {@link Scenario#parse}
 * @param seed the seed of the random choices (node and endpoint of each request)
 * @param transcript every entry, in the order it happened
 * @param counts everything the cluster counted, at the end
 */
public record ScenarioRun(String source, long seed, List<TranscriptEntry> transcript, ClusterCounts counts) {

  /** Copies the transcript. */
  public ScenarioRun {
    transcript = List.copyOf(transcript);
  }

  /** The outcome of every {@code expect} line, in order. */
  public List<TranscriptEntry.Expectation> expectations() {
    return transcript.stream()
        .filter(TranscriptEntry.Expectation.class::isInstance)
        .map(TranscriptEntry.Expectation.class::cast)
        .toList();
  }

  /** The {@code expect} lines that did not hold. */
  public List<TranscriptEntry.Expectation> failures() {
    return expectations().stream().filter(expectation -> !expectation.passed()).toList();
  }

  /** Whether every {@code expect} line held. */
  public boolean passed() {
    return failures().isEmpty();
  }

  /** The kubectl commands that reported an error. */
  public List<TranscriptEntry.Command> failedCommands() {
    return transcript.stream()
        .filter(TranscriptEntry.Command.class::isInstance)
        .map(TranscriptEntry.Command.class::cast)
        .filter(TranscriptEntry.Command::failed)
        .toList();
  }

  /** All the requests sent, summed over the transcript. */
  public long requestsSent() {
    return traffic().mapToLong(TranscriptEntry.Traffic::requests).sum();
  }

  /** All the requests that failed. */
  public long requestsFailed() {
    return traffic().mapToLong(TranscriptEntry.Traffic::failed).sum();
  }

  private java.util.stream.Stream<TranscriptEntry.Traffic> traffic() {
    return transcript.stream().filter(TranscriptEntry.Traffic.class::isInstance).map(TranscriptEntry.Traffic.class::cast);
  }
}
