package org.bglab.simulator.metrics;

/**
 * A rollback triggered by the alarm on green's error rate, times in nanoseconds of simulated
 * time.
 *
 * @param triggeredAtNanos when the alarm fired, from the start of the run
 * @param detectNanos from green's first request to the alarm
 * @param durationNanos from the alarm until the rollback was complete: every call made and, with
 *     proxies, applied by the slowest node, every user routed to blue
 * @param counts the operations counted from the start of the rollback to its end (routing reads
 *     included: the requests routed meanwhile)
 */
public record RollbackReport(
    long triggeredAtNanos, long detectNanos, long durationNanos, OperationCounts counts) {

  /** {@link #triggeredAtNanos()} in seconds. */
  public double triggeredAtSeconds() {
    return triggeredAtNanos / 1e9;
  }

  /** {@link #detectNanos()} in seconds. */
  public double detectSeconds() {
    return detectNanos / 1e9;
  }

  /** {@link #durationNanos()} in seconds. */
  public double durationSeconds() {
    return durationNanos / 1e9;
  }
}
