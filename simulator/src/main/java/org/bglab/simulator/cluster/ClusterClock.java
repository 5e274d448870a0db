package org.bglab.simulator.cluster;

import java.util.function.Consumer;
import org.bglab.simulator.kernel.EventQueue;

/**
 * The simulated clock of a cluster, in nanoseconds, and what is due on it (a pod becoming ready, a
 * node's proxy syncing, connections closing), on the kernel's {@link EventQueue}, the queue the
 * traffic engine runs on too. Time only moves when {@link #runNextInstant} or {@link #moveTo} is
 * called; events due at the same instant happen in the order they were scheduled (the queue's
 * stable order).
 */
final class ClusterClock {

  private final EventQueue<ClockEvent> due = new EventQueue<>();
  private long now;

  /** The current simulated time, in nanoseconds since the cluster started. */
  long now() {
    return now;
  }

  /** Schedules {@code event} at {@code now() + delay} (a negative delay counts as zero). */
  void schedule(long delay, ClockEvent event) {
    due.add(now + Math.max(0, delay), event);
  }

  /** Schedules {@code event} at {@code time}, or now if that has passed. */
  void scheduleAt(long time, ClockEvent event) {
    due.add(Math.max(now, time), event);
  }

  /** The time of the next event, or {@link Long#MAX_VALUE} when nothing is scheduled. */
  long nextEventTime() {
    return due.isEmpty() ? Long.MAX_VALUE : due.firstTime();
  }

  /**
   * Moves the clock to the earliest instant something is due, if that is not after
   * {@code limit}, and hands every event due then to {@code happen}, including those scheduled
   * for that instant meanwhile.
   *
   * @return whether any event happened
   */
  boolean runNextInstant(long limit, Consumer<ClockEvent> happen) {
    if (due.isEmpty() || due.firstTime() > limit) {
      return false;
    }
    now = Math.max(now, due.firstTime());
    while (!due.isEmpty() && due.firstTime() <= now) {
      happen.accept(due.removeFirst());
    }
    return true;
  }

  /** Moves the clock to {@code time} without running anything; earlier events must be run first. */
  void moveTo(long time) {
    if (time < now) {
      throw new IllegalArgumentException("time cannot go back");
    }
    now = time;
  }
}
