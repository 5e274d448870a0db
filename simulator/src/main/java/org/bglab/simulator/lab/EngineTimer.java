package org.bglab.simulator.lab;

import java.util.OptionalDouble;
import org.bglab.simulator.engine.CostModel;
import org.bglab.simulator.engine.Simulation;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.strategy.StrategyOptions;

/**
 * Times each switch with the discrete-event engine: {@link Simulation#run} with no requests (the
 * switch's own timing does not depend on them), so what is measured is the switch alone, from
 * its first update call until every user's route leads to green and every proxy has synced.
 *
 * @param seed the seed of the engine's random choices (such as when each proxy syncs)
 * @param costs what each operation costs in simulated time
 */
public record EngineTimer(long seed, CostModel costs) implements SwitchTimer {

  /** The engine's defaults: seed 42 and the documented cost model. */
  public static final EngineTimer DEFAULTS =
      new EngineTimer(SimulationConfig.DEFAULT_SEED, CostModel.DEFAULTS);

  @Override
  public OptionalDouble switchSeconds(String strategy, StrategyOptions options, int users) {
    SimulationConfig config = SimulationConfig.of(strategy, users).withSeed(seed)
        .withCosts(costs).withOptions(options).withRequestsPerSecond(0);
    return OptionalDouble.of(Simulation.run(config).time().switchSeconds());
  }
}
