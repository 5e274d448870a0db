package org.bglab.simulator.metrics;

/**
 * How far green had reached when the alarm fired, or over the whole run when it did not: the
 * blast radius of a faulty green.
 *
 * @param usersRoutedToGreen the users whose route led to green when the alarm fired (as their
 *     proxy nodes saw it), or at the end of a run without an alarm; before the alarm the switch
 *     only moves users to green, so no more were on green at any earlier time
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
