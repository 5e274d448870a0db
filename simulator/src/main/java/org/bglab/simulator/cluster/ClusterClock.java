package org.bglab.simulator.cluster;

import java.util.PriorityQueue;

/**
 * The simulated clock of a cluster and the things scheduled on it (a pod becoming ready, a node's
 * proxy syncing, a connection closing). Time only moves when {@link #runUntil} is called; tasks due
 * at the same instant run in the order they were scheduled.
 */
final class ClusterClock {

  private record Task(long at, long order, Runnable action) implements Comparable<Task> {
    @Override
    public int compareTo(Task other) {
      int byTime = Long.compare(at, other.at);
      return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
  }

  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private long now;
  private long scheduled;

  /** The current simulated time, in microseconds since the cluster started. */
  long now() {
    return now;
  }

  /** Runs {@code action} at {@code now() + delay} (a negative delay counts as zero). */
  void schedule(long delay, Runnable action) {
    tasks.add(new Task(now + Math.max(0, delay), scheduled++, action));
  }

  /** The time of the next task, or {@link Long#MAX_VALUE} when nothing is scheduled. */
  long nextTaskTime() {
    Task next = tasks.peek();
    return next == null ? Long.MAX_VALUE : next.at;
  }

  /**
   * Runs the tasks due at the earliest scheduled instant, if that is not after {@code limit}, and
   * moves the clock there.
   *
   * @return whether any task ran
   */
  boolean runNextInstant(long limit) {
    Task first = tasks.peek();
    if (first == null || first.at > limit) {
      return false;
    }
    now = Math.max(now, first.at);
    while (!tasks.isEmpty() && tasks.peek().at <= now) {
      tasks.poll().action.run();
    }
    return true;
  }

  /** Moves the clock to {@code time} without running anything; earlier tasks must be run first. */
  void moveTo(long time) {
    if (time < now) {
      throw new IllegalArgumentException("time cannot go back");
    }
    now = time;
  }
}
