package org.bglab.simulator.lab;

import java.util.OptionalDouble;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * Where a sweep gets the simulated duration of a switch. {@link EngineTimer} runs the switch in
 * the discrete-event engine, on a simulated clock with a cost model, and reports how long it
 * took. A sweep never computes a duration from a formula; without a timer its time metric stays
 * empty.
 */
@FunctionalInterface
public interface SwitchTimer {

  /** No timer: measurements carry no simulated duration. */
  SwitchTimer NONE = (strategy, users) -> OptionalDouble.empty();

  /**
   * The simulated seconds that switching {@code users} users from blue to green with
   * {@code strategy} takes, or empty when this timer cannot say.
   */
  OptionalDouble switchSeconds(SwitchStrategy<?> strategy, int users);
}
