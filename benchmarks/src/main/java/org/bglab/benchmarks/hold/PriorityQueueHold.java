package org.bglab.benchmarks.hold;

import java.util.PriorityQueue;

/**
 * The hold model on {@link java.util.PriorityQueue}: a binary heap of event objects ordered by
 * time, ties broken by scheduling order. The plain-JDK baseline.
 */
public final class PriorityQueueHold implements HoldModel {

  private final PriorityQueue<HoldEvent> queue;
  private final HoldDelays delays;
  private double clock;
  private long scheduled;

  /** Schedules {@code pending} events at delays drawn from {@code delays}. */
  public PriorityQueueHold(int pending, HoldDelays delays) {
    this.queue = new PriorityQueue<>(pending);
    this.delays = delays;
    for (int i = 0; i < pending; i++) {
      new HoldEvent().schedule(delays.next());
    }
  }

  @Override
  public double run(int events) {
    for (int i = 0; i < events; i++) {
      HoldEvent event = queue.poll();
      clock = event.time;
      event.occur();
    }
    return clock;
  }

  @Override
  public int pending() {
    return queue.size();
  }

  /** An event that, when it occurs, schedules itself again. */
  private final class HoldEvent implements Comparable<HoldEvent> {
    private double time;
    private long order;

    void schedule(double delay) {
      time = clock + delay;
      order = scheduled++;
      queue.add(this);
    }

    void occur() {
      schedule(delays.next());
    }

    @Override
    public int compareTo(HoldEvent other) {
      int byTime = Double.compare(time, other.time);
      return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
  }
}
