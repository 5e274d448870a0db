package org.bglab.simulator.metrics;

/**
 * When things happened in a simulated run, in nanoseconds of simulated time from its start.
 *
 * @param switchNanos until every user's route led to green: the last call ended and, with proxies,
 *     the slowest node applied it; when a rollback cut the switch short, until the rollback
 *     began
 * @param mixedVersionWindowNanos how long some users were routed to blue while others were
 *     routed to green: from the first moment any user's route led to green until every user's
 *     did, plus, after a rollback, until every user's route led back to blue
 * @param trafficNanos how long requests kept arriving: the switch, then the bake time watching
 *     green, or the switch until the rollback was complete
 * @param fullSwitchNanos how long the whole switch to green takes when nothing stops it, from
 *     the rehearsal that sizes the request rate: its calls, bakes and, with proxies, the slowest
 *     node's lag. Equal to {@code switchNanos} when no rollback cut the switch short
 */
public record SwitchTiming(
    long switchNanos, long mixedVersionWindowNanos, long trafficNanos, long fullSwitchNanos) {

  /** {@link #switchNanos()} in seconds. */
  public double switchSeconds() {
    return switchNanos / 1e9;
  }

  /** {@link #mixedVersionWindowNanos()} in seconds. */
  public double mixedVersionWindowSeconds() {
    return mixedVersionWindowNanos / 1e9;
  }

  /** {@link #trafficNanos()} in seconds. */
  public double trafficSeconds() {
    return trafficNanos / 1e9;
  }

  /** {@link #fullSwitchNanos()} in seconds. */
  public double fullSwitchSeconds() {
    return fullSwitchNanos / 1e9;
  }
}
