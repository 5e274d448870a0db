package org.bglab.simulator.engine;

/** What the switch is doing at an instant of a run. */
public enum RunPhase {
  /** Moving users to green: calls and the bakes between them. */
  SWITCHING,
  /** The switch is done; traffic goes on for the bake time, watched by the alarm. */
  BAKING,
  /** The alarm fired: moving users back to blue. */
  ROLLING_BACK,
  /** Nothing moves any more. */
  DONE
}
