package org.bglab.simulator.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.bglab.simulator.strategy.TrafficRouter;

/**
 * How long traffic may flow in a run and the request rate that keeps it within the cap. The
 * window is found by rehearsing the switch (and, when green can fail, its rollback) on a scratch
 * routing state without traffic, pricing each rehearsed operation with the cost model and adding
 * the slowest proxy node's lag when the state is copied to proxies: the switch, then the bake
 * time, then room for a rollback. When the asked rate times that window exceeds the cap, the
 * rate is lowered to three significant digits, rounded down.
 *
 * @param windowNanos the longest the traffic can last
 * @param rps the rate to use, per second
 * @param rateLowered whether it is below the asked rate
 * @param fullSwitchNanos how long the whole switch to green takes when nothing stops it
 */
record TrafficPlan(long windowNanos, double rps, boolean rateLowered, long fullSwitchNanos) {

  /**
   * The plan of a run of {@code strategy} whose writes reach the slowest reader {@code maxLag}
   * nanoseconds after their call ends (0 for a central router).
   */
  static TrafficPlan of(SwitchStrategy<?> strategy, SimulationConfig config, long maxLag) {
    TrafficRouter scratch = TrafficRouter.create(strategy, config.users());
    long full = rehearse(scratch, Environment.GREEN, config, maxLag);
    long window = Math.addExact(full, config.options().bakeTime().toNanos());
    if (config.greenErrorRate() > 0) {
      window = Math.addExact(window, rehearse(scratch, Environment.BLUE, config, maxLag));
    }
    double asked = config.requestsPerSecond();
    double seconds = window / 1e9;
    if (asked * seconds <= config.maxRequests()) {
      return new TrafficPlan(window, asked, false, full);
    }
    double fitting = new BigDecimal(config.maxRequests() / seconds)
        .round(new MathContext(3, RoundingMode.FLOOR)).doubleValue();
    return new TrafficPlan(window, fitting, true, full);
  }

  /** The simulated time of one switch to {@code target}: its steps, bakes and propagation. */
  private static long rehearse(
      TrafficRouter router, Environment target, SimulationConfig config, long maxLag) {
    OperationCounts before = router.counts();
    SwitchProcess process = router.beginSwitch(target);
    long bakes = 0;
    while (process.step()) {
      bakes = Math.addExact(bakes, process.bakeAfterStep().toNanos());
    }
    OperationCounts work = router.counts().minus(before);
    long calls = config.costs().nanosFor(
        work.updateCalls(), work.entriesWritten(), work.pointerWrites());
    return Math.addExact(Math.addExact(calls, bakes), maxLag);
  }
}
