package org.bglab.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.PerUserSwitch;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.bglab.simulator.strategy.TrafficRouter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The rehearsal that sizes the request rate runs on the run's own state and undoes itself. */
class TrafficPlanTest {

  @ParameterizedTest
  @ValueSource(strings = {"per-user", "batched", "pointer-swap", "canary", "linear"})
  void theRehearsalLeavesTheStateAllBlueAndTheRunsCounterUntouched(String name) {
    for (double errorRate : new double[] {0, 0.3}) {
      SimulationConfig config = SimulationConfig.of(name, 1_001).withGreenErrorRate(errorRate);
      TrafficRouter router = TrafficRouter.create(
          Strategies.create(name, StrategyOptions.DEFAULTS), config.users());
      TrafficPlan plan = TrafficPlan.of(router, config, 0);
      assertEquals(0, router.state().usersOn(Environment.GREEN));
      assertEquals(OperationCounts.ZERO, router.counts());
      assertTrue(plan.fullSwitchNanos() > 0);
      // the same state switches as a fresh one would, and is counted as one would be
      TrafficRouter fresh = TrafficRouter.create(
          Strategies.create(name, StrategyOptions.DEFAULTS), config.users());
      assertEquals(fresh.switchTo(Environment.GREEN), router.switchTo(Environment.GREEN));
      assertEquals(config.users(), router.state().usersOn(Environment.GREEN));
    }
  }

  @Test
  void aStrategyWhoseWayBackLeavesUsersOnGreenIsRefused() {
    SwitchStrategy<UserRouteTable> oneWay = new SwitchStrategy<>() {
      @Override
      public String name() {
        return "one-way";
      }

      @Override
      public UserRouteTable newRoutingState(int users) {
        return new UserRouteTable(users);
      }

      @Override
      public SwitchProcess begin(
          UserRouteTable state, Environment target, OperationCounter counter) {
        return new PerUserSwitch().begin(state, Environment.GREEN, counter);
      }
    };
    TrafficRouter router = TrafficRouter.create(oneWay, 10);
    assertThrows(IllegalStateException.class,
        () -> TrafficPlan.of(router, SimulationConfig.of("per-user", 10), 0));
  }
}
