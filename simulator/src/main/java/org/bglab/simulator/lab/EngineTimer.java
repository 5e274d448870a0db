package org.bglab.simulator.lab;

import java.util.OptionalDouble;
import org.bglab.simulator.engine.CostModel;
import org.bglab.simulator.engine.Simulation;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * Times each switch with the discrete-event engine: {@link Simulation#run} with no requests (the
 * switch's own timing does not depend on them), so what is measured is the switch alone, from
 * its first update call until every user's route leads to green and, with proxies, the slowest
 * node has applied the last write.
 *
 * @param seed the seed of the engine's random choices (such as each proxy node's lag)
 * @param costs what each operation costs in simulated time
 * @param routingModel where the routing state lives, for every strategy alike
 */
public record EngineTimer(long seed, CostModel costs, RoutingModel routingModel)
    implements SwitchTimer {

  /** The engine's defaults: seed 42, the documented cost model, the state copied to proxies. */
  public static final EngineTimer DEFAULTS =
      new EngineTimer(SimulationConfig.DEFAULT_SEED, CostModel.DEFAULTS, RoutingModel.PROXIES);

  /** Validates the values. */
  public EngineTimer {
    java.util.Objects.requireNonNull(costs, "costs");
    java.util.Objects.requireNonNull(routingModel, "routingModel");
  }

  /** This timer with the routing state living elsewhere. */
  public EngineTimer withRoutingModel(RoutingModel model) {
    return new EngineTimer(seed, costs, model);
  }

  @Override
  public OptionalDouble switchSeconds(SwitchStrategy<?> strategy, int users) {
    SimulationConfig config = SimulationConfig.of(strategy, users).withSeed(seed)
        .withCosts(costs).withRequestsPerSecond(0)
        .withRoutingModel(routingModel);
    return OptionalDouble.of(Simulation.run(config).time().switchSeconds());
  }
}
