package org.bglab.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.metrics.TimelineBucket;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.Strategies;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of whole runs over random strategies, user counts (up to 20,000), rates (up to
 * 3,000/s), caps (up to 20,000 requests), green error rates (0..100%), seeds, and both routing
 * models.
 */
class SimulationPropertiesTest {

  private static final int EXAMPLES = 60;

  /** Random configurations; a capped number of requests keeps every run short. */
  static Gen<SimulationConfig> configs(int maxUsers) {
    return integers().between(0, Strategies.names().size() - 1).zip(
        integers().between(1, maxUsers), integers().between(0, 3_000),
        integers().between(0, 100), integers().all(),
        (pick, users, rps, errorPercent, seed) ->
            SimulationConfig.of(Strategies.names().get(pick), users)
                .withRequestsPerSecond(rps)
                .withGreenErrorRate(errorPercent / 100.0)
                .withSeed(seed)
                .withMaxRequests(20_000)
                .withRoutingModel(RoutingModel.values()[Math.floorMod(seed, 2)]));
  }

  @Test
  void everyRequestIsServedByBlueOrGreenOrFails() {
    qt().withExamples(EXAMPLES)
        .forAll(configs(20_000), integers().between(0, 20_000))
        .checkAssert((base, cap) -> {
          SimulationConfig config = base.withMaxRequests(cap);
          SimulationReport report = Simulation.run(config);
          var q = report.requests();
          String what = config.toString();
          assertEquals(q.sent(), q.servedByBlue() + q.servedByGreen() + q.failed(), what);
          assertEquals(q.sent(), report.counts().routingReads(), "one read per request: " + what);
          assertTrue(q.sent() <= cap, "within the cap: " + what);
          assertTrue(q.rps() <= config.requestsPerSecond(), what);
          long timelineSent = 0;
          long timelineFailed = 0;
          for (TimelineBucket bucket : report.timeline().buckets()) {
            timelineSent += bucket.requests();
            timelineFailed += bucket.failed();
          }
          assertEquals(q.sent(), timelineSent, "timeline: " + what);
          assertEquals(q.failed(), timelineFailed, "timeline: " + what);
        });
  }

  @Test
  void everyUserEndsOnGreenUnlessARollbackBroughtEveryoneBack() {
    qt().withExamples(EXAMPLES).forAll(configs(20_000)).checkAssert(config -> {
      SimulationReport report = Simulation.run(config);
      var routing = report.routing();
      String what = config.toString();
      if (report.rolledBack()) {
        assertEquals(config.users(), routing.usersOnBlue(), what);
        assertTrue(report.rollback().detectNanos() >= 5_000_000_000L, "a whole window: " + what);
      } else {
        assertEquals(config.users(), routing.usersOnGreen(), what);
      }
      if (config.greenErrorRate() == 0) {
        assertFalse(report.rolledBack(), "nothing fails, nothing to roll back: " + what);
        assertEquals(0, report.requests().failed(), what);
      }
      assertTrue(report.time().mixedVersionWindowNanos() <= report.time().trafficNanos(), what);
      assertTrue(report.time().switchNanos() <= report.time().trafficNanos(), what);
      assertTrue(report.exposure().usersRoutedToGreen() <= config.users(), what);
      assertTrue(report.exposure().requestsToGreen() <= report.requests().routedToGreen(), what);
      if (!report.rolledBack()) {
        assertEquals(report.time().switchNanos(), report.time().fullSwitchNanos(), what);
        assertEquals(report.requests().routedToGreen(), report.exposure().requestsToGreen(), what);
      }
    });
  }

  @Test
  void theSameConfigurationGivesTheSameReport() {
    qt().withExamples(20).forAll(configs(5_000)).checkAssert(config ->
        assertEquals(Simulation.run(config), Simulation.run(config), config.toString()));
  }
}
