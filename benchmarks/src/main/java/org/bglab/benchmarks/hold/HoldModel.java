package org.bglab.benchmarks.hold;

/** A hold model built on one event list, holding a fixed number of pending events. */
public interface HoldModel {

  /**
   * Lets {@code events} events occur, in time order; each one schedules its successor.
   *
   * @return the simulated time of the last event that occurred
   */
  double run(int events);

  /** The number of events waiting in the list. */
  int pending();
}
