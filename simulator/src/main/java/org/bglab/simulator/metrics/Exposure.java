package org.bglab.simulator.metrics;

/**
 * How far green had reached when the alarm fired, or over the whole run when it did not: the
 * blast radius of a faulty green.
 *
 * @param usersRoutedToGreen the most users whose route led to green at one time before the alarm
 * @param requestsToGreen requests routed to green up to and including the one that fired the
 *     alarm
 * @param alarmNanos when the alarm fired, from the start of the run; -1 when it did not
 */
public record Exposure(long usersRoutedToGreen, long requestsToGreen, long alarmNanos) {

  /** Whether the alarm fired. */
  public boolean alarmed() {
    return alarmNanos >= 0;
  }

  /** {@link #alarmNanos()} in seconds; only meaningful when {@link #alarmed()}. */
  public double alarmSeconds() {
    return alarmNanos / 1e9;
  }
}
