package org.bglab.simulator.engine;

/**
 * A turn in a run, told to a {@link RunWatcher}.
 *
 * @param atNanos when it happened, on the simulated clock
 * @param kind what happened
 * @param usersOnGreen how many users' requests went to green at that instant
 */
public record RunEvent(long atNanos, Kind kind, long usersOnGreen) {

  /** What can happen in a run. */
  public enum Kind {
    /** The switch to green made its first call. */
    SWITCH_STARTED,
    /** From now on some users go to blue and others to green. */
    MIXED_OPENED,
    /** Every user goes to the same environment again. */
    MIXED_CLOSED,
    /** The alarm saw green fail too often: a rollback follows. */
    ALARM,
    /** The switch back to blue made its first call. */
    ROLLBACK_STARTED,
    /** Every user goes to green; the bake time begins. */
    SWITCH_DONE,
    /** Every user goes to blue again. */
    ROLLBACK_DONE,
    /** Requests stopped arriving: the run is over. */
    TRAFFIC_STOPPED
  }
}
