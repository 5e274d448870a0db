package org.bglab.benchmarks.hold;

import org.bglab.simulator.kernel.EventQueue;

/**
 * The hold model on the bglab kernel's {@link EventQueue}, the queue the engine runs on, used on
 * its own: a binary heap kept in arrays, on the kernel's clock of whole nanoseconds (the delays
 * are whole nanoseconds), whose events are made once, so rescheduling allocates nothing. Equal
 * times leave in the order they were added, as in the other models.
 */
public final class EngineHold implements HoldModel {

  /** One of the events held. */
  private record Held(int id) {}

  private final EventQueue<Held> queue;
  private final HoldDelays delays;
  private long clock;

  /** Schedules {@code pending} events at delays drawn from {@code delays}. */
  public EngineHold(int pending, HoldDelays delays) {
    this.queue = new EventQueue<>(pending);
    this.delays = delays;
    for (int event = 0; event < pending; event++) {
      queue.add((long) delays.next(), new Held(event));
    }
  }

  @Override
  public double run(int events) {
    for (int i = 0; i < events; i++) {
      clock = queue.firstTime();
      Held event = queue.removeFirst();
      queue.add(clock + (long) delays.next(), event);
    }
    return clock;
  }

  @Override
  public int pending() {
    return queue.size();
  }
}
