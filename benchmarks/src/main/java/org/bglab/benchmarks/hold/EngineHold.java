package org.bglab.benchmarks.hold;

import org.bglab.simulator.engine.EventQueue;

/**
 * The hold model on the bglab engine's {@link EventQueue}, used on its own: a binary heap kept in
 * primitive arrays, whose events are {@code int} payloads, so rescheduling allocates nothing.
 * Equal times leave in the order they were added, as in the other models.
 */
public final class EngineHold implements HoldModel {

  private final EventQueue queue;
  private final HoldDelays delays;
  private double clock;

  /** Schedules {@code pending} events at delays drawn from {@code delays}. */
  public EngineHold(int pending, HoldDelays delays) {
    this.queue = new EventQueue(pending);
    this.delays = delays;
    for (int event = 0; event < pending; event++) {
      queue.add(delays.next(), event);
    }
  }

  @Override
  public double run(int events) {
    for (int i = 0; i < events; i++) {
      clock = queue.firstTime();
      int event = queue.removeFirst();
      queue.add(clock + delays.next(), event);
    }
    return clock;
  }

  @Override
  public int pending() {
    return queue.size();
  }
}
