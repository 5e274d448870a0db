package org.bglab.benchmarks.hold;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The hold model on SSJ's discrete-event simulator with its default event list (a splay tree):
 * each event's {@code actions()} schedules the event again, and the simulator is stopped after the
 * requested number of events, then resumed by the next run.
 */
public final class SsjHold implements HoldModel {

  private final Simulator simulator = new Simulator();
  private final HoldDelays delays;
  private int remaining;

  /** Schedules {@code pending} events at delays drawn from {@code delays}. */
  public SsjHold(int pending, HoldDelays delays) {
    this.delays = delays;
    simulator.init();
    for (int i = 0; i < pending; i++) {
      new HoldEvent().schedule(delays.next());
    }
  }

  @Override
  public double run(int events) {
    if (events < 1) {
      return simulator.time();
    }
    remaining = events;
    simulator.start();
    return simulator.time();
  }

  @Override
  public int pending() {
    int count = 0;
    for (Event ignored : simulator.getEventList()) {
      count++;
    }
    return count;
  }

  private final class HoldEvent extends Event {
    HoldEvent() {
      super(simulator);
    }

    @Override
    public void actions() {
      schedule(delays.next());
      if (--remaining == 0) {
        simulator.stop();
      }
    }
  }
}
