package org.bglab.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.bglab.simulator.kernel.EventQueue;
import org.bglab.simulator.kernel.ProxyNodes;
import org.bglab.simulator.kernel.RandomStreams;
import org.bglab.simulator.kernel.RandomStreams.Purpose;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.ProxiedRoutes;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.TrafficRouter;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Both routing models with every strategy, the switch driven as a simulation drives it and read
 * between its steps: centrally, every write is seen the moment its call makes it; through
 * proxies, no switch is complete before its slowest node has caught up.
 */
class RoutingModelsTest {

  private static final int EXAMPLES = 80;

  /** Any strategy, 1..300 users, 1..8 nodes, 0..50 ms of propagation, any seed. */
  private static Gen<SimulationConfig> configs() {
    return integers().between(0, Strategies.names().size() - 1).zip(
        integers().between(1, 300), integers().between(1, 8), integers().between(0, 50),
        integers().all(),
        (pick, users, nodes, millis, seed) -> SimulationConfig.of(Strategies.names().get(pick), users)
            .withOptions(new StrategyOptions(7).withProxyNodes(nodes)
                .withBakeTime(Duration.ofMillis(20))
                .withLinearInterval(Duration.ofMillis(3)))
            .withCosts(CostModel.DEFAULTS.withPropagation(Duration.ofMillis(millis)))
            .withSeed(seed).withRequestsPerSecond(0));
  }

  /** A driver and what it reads through, as {@link Simulation} builds them. */
  private record Run(TrafficRouter router, ProxiedRoutes proxies, SwitchDriver driver,
      EventQueue<TrafficEvent> queue) {

    static Run of(SimulationConfig config, RoutingModel model) {
      TrafficRouter router = TrafficRouter.create(config.strategy(), config.users());
      ProxiedRoutes proxies = model == RoutingModel.CENTRAL ? null
          : new ProxiedRoutes(router.state(), ProxyNodes.spread(config.options().proxyNodes(),
              config.costs().propagation().toNanos(),
              new RandomStreams(config.seed()).stream(Purpose.PROPAGATION)));
      EventQueue<TrafficEvent> queue = new EventQueue<>();
      return new Run(router, proxies, new SwitchDriver(router, config, queue, proxies, RunWatcher.NONE),
          queue);
    }

    /**
     * Takes the next event, as {@link Simulation} does: the driver's action when it is due, or a
     * node's change; false when nothing is pending.
     */
    boolean advance() {
      if (queue.isEmpty()) {
        return false;
      }
      long now = queue.firstTime();
      TrafficEvent event = queue.removeFirst();
      if (event instanceof TrafficEvent.NodeChange change) {
        driver.nodeChanged(now, change);
      } else if (driver.isDue(now)) {
        driver.act();
      }
      return true;
    }

    /** Takes the next due action of the driver, skipping stale ones; false when none is pending. */
    long nextAction() {
      while (!queue.isEmpty()) {
        long now = queue.firstTime();
        if (queue.removeFirst() == TrafficEvent.SwitchStep.DUE && driver.isDue(now)) {
          return now;
        }
      }
      return SwitchDriver.NEVER;
    }
  }

  @Test
  void centrallyEveryWriteIsSeenTheMomentItsCallMakesIt() {
    qt().withExamples(EXAMPLES).forAll(configs()).checkAssert(config -> {
      Run run = Run.of(config, RoutingModel.CENTRAL);
      run.driver().start(0);
      for (long now = run.nextAction(); now != SwitchDriver.NEVER; now = run.nextAction()) {
        run.driver().act();
        // the call just made is not over yet, and its writes already route every request
        for (int user = 0; user < config.users(); user++) {
          assertEquals(run.router().state().routeOf(user), run.driver().route(user, now),
              "user " + user + " at " + now + ": " + config);
        }
      }
      assertEquals(config.users(), run.driver().usersOnGreen(run.driver().switchNanos()));
    });
  }

  @Test
  void throughProxiesNoSwitchIsDoneBeforeItsSlowestNodeHasCaughtUp() {
    qt().withExamples(EXAMPLES).forAll(configs()).checkAssert(config -> {
      Run run = Run.of(config, RoutingModel.PROXIES);
      run.driver().start(0);
      while (run.driver().trafficEnd() == SwitchDriver.NEVER && run.advance()) {
        // drive until the switch is done
      }
      long done = run.driver().switchNanos();
      String what = config + " done at " + done;
      assertTrue(run.proxies().caughtUp(done), what);
      if (run.proxies().nodes().maxLag() > 0) {
        assertFalse(run.proxies().caughtUp(done - 1), "the slowest node was late: " + what);
      }
      for (int user = 0; user < config.users(); user++) {
        assertEquals(Environment.GREEN, run.driver().route(user, done), "user " + user + ": " + what);
      }
      SimulationReport central = Simulation.run(config.withRoutingModel(RoutingModel.CENTRAL));
      assertEquals(central.time().switchNanos() + run.proxies().nodes().maxLag(), done, what);
      assertEquals(done, Simulation.run(config).time().switchNanos(), what);
    });
  }
}
