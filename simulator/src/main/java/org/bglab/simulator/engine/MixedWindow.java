package org.bglab.simulator.engine;

/**
 * Measures the mixed-version window from the routing state alone: the simulated time during
 * which some users' routes led to blue and others' to green. It is told the number of users on
 * green after every change of the routing state.
 */
final class MixedWindow {

  private final long users;
  private long mixedSince = -1;
  private long total;

  MixedWindow(long users) {
    this.users = users;
  }

  /** The routing state now sends {@code usersOnGreen} users to green. */
  void observe(long now, long usersOnGreen) {
    boolean mixed = usersOnGreen > 0 && usersOnGreen < users;
    if (mixed && mixedSince < 0) {
      mixedSince = now;
    } else if (!mixed && mixedSince >= 0) {
      total += now - mixedSince;
      mixedSince = -1;
    }
  }

  /** The mixed time up to {@code now}, counting a window still open as ending now. */
  long totalNanos(long now) {
    return mixedSince < 0 ? total : total + now - mixedSince;
  }
}
