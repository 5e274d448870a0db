package org.bglab.simulator.strategy;

import java.time.Duration;

/**
 * A switch under way, advanced one update call at a time so that a simulation can let requests
 * arrive between calls.
 */
public interface SwitchProcess {

  /**
   * Performs the next update call and records its operations.
   *
   * @return {@code true} if a call was made, {@code false} if the switch was already complete
   */
  boolean step();

  /**
   * How long to wait, watching green, after the step just made before making the next one: the
   * bake time between the traffic shifts of a progressive strategy. Zero (the default) for
   * processes that go straight on, and after the last step.
   */
  default Duration bakeAfterStep() {
    return Duration.ZERO;
  }

  /** Whether every call of the switch has been made. */
  boolean isComplete();

  /** Makes every remaining call. Implementations may override this with a faster loop. */
  default void finish() {
    while (step()) {
      // each step records its own operations
    }
  }
}
