package org.bglab.simulator.kernel;

/**
 * A write of a control plane, or a run of writes merged into one record, with the simulated
 * times it was made at: the first and the last write of the run.
 */
public interface TimedWrite {

  /** When the first write of the record was made. */
  long firstTime();

  /** When the last write of the record was made, at or after {@link #firstTime()}. */
  long lastTime();
}
