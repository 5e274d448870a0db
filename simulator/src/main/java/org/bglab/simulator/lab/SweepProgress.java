package org.bglab.simulator.lab;

/** Told after each measurement of a sweep, so that a caller can show how far it has got. */
@FunctionalInterface
public interface SweepProgress {

  /** Ignores every report. */
  SweepProgress NONE = (measurement, done, total) -> {};

  /**
   * Reports that {@code measurement} is done.
   *
   * @param done the work done so far, in users switched
   * @param total the work of the whole sweep, in users switched
   */
  void measured(SwitchMeasurement measurement, long done, long total);
}
