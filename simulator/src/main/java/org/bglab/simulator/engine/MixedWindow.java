package org.bglab.simulator.engine;

/**
 * Measures the mixed-version window from the routing state alone: the simulated time during
 * which some users' routes led to blue and others' to green. It is told, after every change of
 * the routing state as users see it, whether the routes are mixed.
 */
final class MixedWindow {

  private long mixedSince = -1;
  private long total;

  /**
   * From {@code now} on, some users go to blue and others to green, or not.
   *
   * @return whether the window opened or closed at {@code now}
   */
  boolean observe(long now, boolean mixed) {
    if (mixed && mixedSince < 0) {
      mixedSince = now;
      return true;
    } else if (!mixed && mixedSince >= 0) {
      total += now - mixedSince;
      mixedSince = -1;
      return true;
    }
    return false;
  }

  /** Whether some users go to blue and others to green right now. */
  boolean isOpen() {
    return mixedSince >= 0;
  }

  /** The mixed time up to {@code now}, counting a window still open as ending now. */
  long totalNanos(long now) {
    return mixedSince < 0 ? total : total + now - mixedSince;
  }
}
