package org.bglab.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Switch durations and mixed-version windows, measured from the routing state over time. */
class SwitchTimingTest {

  private static final long MS = 1_000_000L;

  private static SimulationReport run(String strategy, int users) {
    return Simulation.run(SimulationConfig.of(strategy, users).withRequestsPerSecond(100));
  }

  @Test
  void pointerSwapMixesVersionsForThePropagationSpreadWhateverTheNumberOfUsers() {
    SimulationReport small = run("pointer-swap", 1_000);
    SimulationReport large = run("pointer-swap", 10_000_000);
    assertEquals(1_000 * MS, small.time().mixedVersionWindowNanos());
    assertEquals(small.time().mixedVersionWindowNanos(), large.time().mixedVersionWindowNanos());
    assertEquals(small.time().switchNanos(), large.time().switchNanos());

    SimulationConfig faster = SimulationConfig.of("pointer-swap", 1_000)
        .withCosts(CostModel.DEFAULTS.withPropagation(Duration.ofMillis(250)));
    assertEquals(250 * MS, Simulation.run(faster).time().mixedVersionWindowNanos());
    SimulationConfig oneProxy = SimulationConfig.of("pointer-swap", 1_000)
        .withOptions(StrategyOptions.DEFAULTS.withProxyNodes(1));
    assertEquals(0, Simulation.run(oneProxy).time().mixedVersionWindowNanos());
  }

  private static SimulationReport central(String strategy, int users) {
    return Simulation.run(SimulationConfig.of(strategy, users).withRequestsPerSecond(100)
        .withRoutingModel(RoutingModel.CENTRAL));
  }

  @Test
  void perUserMixesVersionsForTimeThatGrowsLinearlyWithUsers() {
    double window2k = central("per-user", 2_000).time().mixedVersionWindowNanos();
    double window4k = central("per-user", 4_000).time().mixedVersionWindowNanos();
    double ratio = window4k / window2k;
    assertTrue(ratio > 1.95 && ratio < 2.05, "ratio " + ratio);
    // the first user is written at once, the last after n-1 calls of 1 ms + 1 µs
    assertEquals(3_999 * 1_001_000L, (long) window4k);
    // through proxies, the same growth plus at most the propagation spread
    long proxied = run("per-user", 4_000).time().mixedVersionWindowNanos();
    assertTrue(proxied > window4k && proxied <= window4k + 1_000 * MS, "proxies: " + proxied);
  }

  /** Every strategy: proxies add exactly the slowest node's lag to the switch, nothing else. */
  @ParameterizedTest
  @ValueSource(strings = {"per-user", "batched", "pointer-swap", "canary", "linear"})
  void proxiesDelayEveryStrategysSwitchByTheSlowestNodesLag(String strategy) {
    for (int users : new int[] {1, 7, 1_001}) {
      long central = central(strategy, users).time().switchNanos();
      SimulationReport proxies = run(strategy, users);
      assertEquals(central + 1_000 * MS, proxies.time().switchNanos(), strategy + " at " + users);
      assertEquals(proxies.time().switchNanos(), proxies.time().fullSwitchNanos());
      SimulationReport oneNode = Simulation.run(SimulationConfig.of(strategy, users)
          .withOptions(StrategyOptions.DEFAULTS.withProxyNodes(1)));
      assertEquals(central, oneNode.time().switchNanos(), "a single node has no lag");
    }
  }

  @Test
  void batchedSitsBetweenPointerSwapAndPerUser() {
    long pointer = run("pointer-swap", 1_000_000).time().mixedVersionWindowNanos();
    long batched = run("batched", 1_000_000).time().mixedVersionWindowNanos();
    long perUser = run("per-user", 1_000_000).time().mixedVersionWindowNanos();
    assertTrue(pointer < batched && batched < perUser,
        pointer + " < " + batched + " < " + perUser);
  }

  @Test
  void eachStepLastsWhatTheCostModelPricesItsOperations() {
    // 11 calls of 1 ms carrying 1,001 entry writes of 1 µs
    assertEquals(12_001_000L, central("batched", 1_001).time().switchNanos());
    // then 1 s of propagation when the table is copied to proxies, like any write
    assertEquals(1_012_001_000L, run("batched", 1_001).time().switchNanos());
    // one call of 1 ms with one pointer write of 1 ms, then 1 s of propagation
    assertEquals(1_002 * MS, run("pointer-swap", 1_001).time().switchNanos());
    assertEquals(2 * MS, central("pointer-swap", 1_001).time().switchNanos());
    // two such calls, a 10 s bake between them, then propagation
    assertEquals(11_004 * MS, run("canary", 1_001).time().switchNanos());
    CostModel slowCalls = CostModel.DEFAULTS.withUpdateCall(Duration.ofMillis(5))
        .withEntryWrite(Duration.ZERO);
    assertEquals(55 * MS, Simulation.run(SimulationConfig.of("batched", 1_001)
        .withCosts(slowCalls).withRoutingModel(RoutingModel.CENTRAL)).time().switchNanos());
  }

  /**
   * Lesson 4's crossover: with a central router and the default costs, batches of 100 beat the
   * pointer's two writes only while one call carries everybody; the pointer wins from 101 users.
   * Proxies add the same lag to both, so the crossover stays where it is.
   */
  @Test
  void theBatchedSwitchBeatsThePointerOnlyWhileOneCallCarriesEverybody() {
    for (boolean proxies : new boolean[] {false, true}) {
      java.util.function.BiFunction<String, Integer, Long> time = (strategy, users) ->
          (proxies ? run(strategy, users) : central(strategy, users)).time().switchNanos();
      assertTrue(time.apply("batched", 100) < time.apply("pointer-swap", 100));
      assertTrue(time.apply("batched", 101) > time.apply("pointer-swap", 101));
      assertTrue(time.apply("per-user", 1) < time.apply("pointer-swap", 1));
      assertTrue(time.apply("per-user", 2) > time.apply("pointer-swap", 2));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"per-user", "batched", "pointer-swap", "canary", "linear"})
  void theRequestRateLeavesTheSwitchItselfAlone(String strategy) {
    SimulationConfig config = SimulationConfig.of(strategy, 5_000);
    SimulationReport slow = Simulation.run(config.withRequestsPerSecond(10));
    SimulationReport fast = Simulation.run(config.withRequestsPerSecond(5_000));
    assertEquals(slow.time().switchNanos(), fast.time().switchNanos());
    assertEquals(slow.time().mixedVersionWindowNanos(), fast.time().mixedVersionWindowNanos());
    assertEquals(slow.counts().operations(), fast.counts().operations());
    assertTrue(fast.requests().sent() > slow.requests().sent());
  }

  @Test
  void aRateThatWouldExceedTheCapIsLoweredToFit() {
    SimulationReport report = Simulation.run(
        SimulationConfig.of("per-user", 1_000_000).withMaxRequests(10_000));
    var q = report.requests();
    assertTrue(q.rateLowered());
    assertTrue(q.rps() < 1_000 && q.rps() > 0, "rate " + q.rps());
    assertTrue(q.rps() * report.time().trafficSeconds() <= 10_000);
    assertTrue(q.sent() <= 10_000 && q.sent() > 9_000, "sent " + q.sent());
    assertEquals(1_000_000, report.counts().entriesWritten());

    for (String strategy : Strategies.names()) {
      for (double errorRate : new double[] {0, 0.3}) {
        SimulationReport lowered = Simulation.run(SimulationConfig.of(strategy, 20_000)
            .withMaxRequests(2_000).withGreenErrorRate(errorRate));
        var requests = lowered.requests();
        String what = strategy + " at error rate " + errorRate;
        assertTrue(requests.rateLowered(), what);
        assertTrue(requests.rps() * lowered.time().trafficSeconds() <= 2_000,
            "the lowered rate fits the whole traffic window: " + what);
      }
    }

    SimulationReport roomy = run("pointer-swap", 1_000);
    assertTrue(!roomy.requests().rateLowered() && roomy.requests().rps() == 100);
  }

  @Test
  void everyStrategyRunsBothEnvironmentsAtThePeak() {
    for (String strategy : Strategies.names()) {
      SimulationReport report = Simulation.run(
          SimulationConfig.of(strategy, 100).withReplicasPerEnvironment(4));
      assertEquals(4, report.capacity().replicasPerEnvironment());
      assertEquals(8, report.capacity().peakReplicas(), strategy);
    }
  }
}
