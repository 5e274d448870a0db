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
 * routing state without traffic, pricing each rehearsed operation with the cost model: the
 * switch, then the bake time, then room for a rollback. When the asked rate times that window
 * exceeds the cap, the rate is lowered to three significant digits, rounded down.
 *
 * @param windowNanos the longest the traffic can last
 * @param rps the rate to use, per second
 * @param rateLowered whether it is below the asked rate
 */
record TrafficPlan(long windowNanos, double rps, boolean rateLowered) {

  static TrafficPlan of(SwitchStrategy<?> strategy, SimulationConfig config) {
    TrafficRouter scratch = TrafficRouter.create(strategy, config.users());
    boolean propagates = scratch.state() instanceof org.bglab.simulator.model.Propagating;
    long window = Math.addExact(rehearse(scratch, Environment.GREEN, config, propagates),
        config.options().bakeTime().toNanos());
    if (config.greenErrorRate() > 0) {
      window = Math.addExact(window, rehearse(scratch, Environment.BLUE, config, propagates));
    }
    double asked = config.requestsPerSecond();
    double seconds = window / 1e9;
    if (asked * seconds <= config.maxRequests()) {
      return new TrafficPlan(window, asked, false);
    }
    double fitting = new BigDecimal(config.maxRequests() / seconds)
        .round(new MathContext(3, RoundingMode.FLOOR)).doubleValue();
    return new TrafficPlan(window, fitting, true);
  }

  /** The simulated time of one switch to {@code target}: its steps, bakes and propagation. */
  private static long rehearse(
      TrafficRouter router, Environment target, SimulationConfig config, boolean propagates) {
    OperationCounts before = router.counts();
    SwitchProcess process = router.beginSwitch(target);
    long bakes = 0;
    while (process.step()) {
      bakes = Math.addExact(bakes, process.bakeAfterStep().toNanos());
    }
    OperationCounts work = router.counts().minus(before);
    long calls = config.costs().nanosFor(
        work.updateCalls(), work.entriesWritten(), work.pointerWrites());
    long propagation = propagates ? config.costs().propagation().toNanos() : 0;
    return Math.addExact(Math.addExact(calls, bakes), propagation);
  }
}
