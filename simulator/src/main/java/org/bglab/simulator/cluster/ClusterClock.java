package org.bglab.simulator.cluster;

import org.bglab.simulator.kernel.EventQueue;

/**
 * The simulated clock of a cluster and the things scheduled on it (a pod becoming ready, a node's
 * proxy syncing, a connection closing), on the kernel's {@link EventQueue}, the queue the traffic
 * engine runs on too. Time only moves when {@link #runNextInstant} or {@link #moveTo} is called;
 * tasks due at the same instant run in the order they were scheduled (the queue's stable order).
 */
final class ClusterClock {

  private final EventQueue<Runnable> tasks = new EventQueue<>();
  private long now;

  /** The current simulated time, in nanoseconds since the cluster started. */
  long now() {
    return now;
  }

  /** Runs {@code action} at {@code now() + delay} (a negative delay counts as zero). */
  void schedule(long delay, Runnable action) {
    tasks.add(now + Math.max(0, delay), action);
  }

  /** The time of the next task, or {@link Long#MAX_VALUE} when nothing is scheduled. */
  long nextTaskTime() {
    return tasks.isEmpty() ? Long.MAX_VALUE : tasks.firstTime();
  }

  /**
   * Runs the tasks due at the earliest scheduled instant, if that is not after {@code limit}, and
   * moves the clock there.
   *
   * @return whether any task ran
   */
  boolean runNextInstant(long limit) {
    if (tasks.isEmpty() || tasks.firstTime() > limit) {
      return false;
    }
    now = Math.max(now, tasks.firstTime());
    while (!tasks.isEmpty() && tasks.firstTime() <= now) {
      tasks.removeFirst().run();
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
