package org.bglab.simulator.model;

/**
 * Where a routing state reports each write as it makes it, so that the writes can propagate to
 * proxy nodes ({@link ProxiedRoutes}). A state reports what a write did, never a copy of itself.
 */
public interface RouteWrites {

  /**
   * Users {@code from} (inclusive) to {@code to} (exclusive) were written to {@code target}. A
   * state that reports range writes sends user {@code u} through node {@code u % nodes}, the
   * default {@link RoutingState#nodeOf(int, int)}.
   *
   * @param changed {@code true} when every one of those users' route changed, {@code false} when
   *     none did (a state splits a write into runs of one kind or the other)
   */
  void rangeWritten(int from, int to, Environment target, boolean changed);

  /** The one value that every user's route follows went from {@code before} to {@code after}. */
  void valueWritten(long before, long after);
}
