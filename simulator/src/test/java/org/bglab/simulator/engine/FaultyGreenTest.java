package org.bglab.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.strategy.Strategies;
import org.junit.jupiter.api.Test;

/** A green that fails 30% of its requests: the alarm fires and every strategy rolls back. */
class FaultyGreenTest {

  private static Map<String, SimulationReport> runAll(double errorRate) {
    Map<String, SimulationReport> reports = new LinkedHashMap<>();
    for (String strategy : Strategies.names()) {
      reports.put(strategy, Simulation.run(SimulationConfig.of(strategy, 100_000)
          .withRequestsPerSecond(2_000).withGreenErrorRate(errorRate)));
    }
    return reports;
  }

  @Test
  void everyStrategyRollsBackAndEveryUserEndsOnBlue() {
    runAll(0.3).forEach((strategy, report) -> {
      assertTrue(report.rolledBack(), strategy);
      assertEquals(100_000, report.routing().usersOnBlue(), strategy);
      var rollback = report.rollback();
      assertTrue(rollback.detectNanos() >= 5_000_000_000L, strategy + " watched a whole window");
      assertTrue(rollback.durationNanos() > 0, strategy);
      assertTrue(report.requests().failed() > 0, strategy);
    });
  }

  @Test
  void theRollbackIsCountedLikeTheSwitch() {
    Map<String, SimulationReport> reports = runAll(0.3);
    var perUser = reports.get("per-user").rollback().counts();
    assertEquals(100_000, perUser.entriesWritten(), "per-user rewrites every entry");
    assertEquals(100_000, perUser.updateCalls());
    assertEquals(1_000, reports.get("batched").rollback().counts().updateCalls());
    assertEquals(1, reports.get("pointer-swap").rollback().counts().pointerWrites());
    assertEquals(1, reports.get("canary").rollback().counts().updateCalls(), "all back at once");
  }

  @Test
  void progressiveStrategiesFailFarFewerRequestsThanTheAllAtOnceSwitch() {
    Map<String, SimulationReport> reports = runAll(0.3);
    long allAtOnce = reports.get("pointer-swap").requests().failed();
    for (String progressive : new String[] {"canary", "linear"}) {
      long failed = reports.get(progressive).requests().failed();
      assertTrue(3 * failed < allAtOnce, progressive + " " + failed + " vs " + allAtOnce);
    }
  }

  @Test
  void aHealthyGreenOrAnErrorRateAtTheThresholdTriggersNothing() {
    runAll(0).forEach((strategy, report) -> assertFalse(report.rolledBack(), strategy));
    SimulationReport everythingFails = Simulation.run(SimulationConfig.of("pointer-swap", 1_000)
        .withGreenErrorRate(1).withMonitoring(new Monitoring(Monitoring.DEFAULTS.window(), 1)));
    assertFalse(everythingFails.rolledBack(), "the alarm fires only above its threshold");
    assertEquals(everythingFails.requests().failed(),
        everythingFails.requests().routedToGreen());
  }
}
