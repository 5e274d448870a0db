package org.bglab.simulator.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.TrafficRouter;

/**
 * How long traffic may flow in a run and the request rate that keeps it within the cap. The
 * window is found by rehearsing the switch (and, when green can fail, its rollback) without
 * traffic, pricing each rehearsed operation with the cost model and adding the slowest proxy
 * node's lag when the state is copied to proxies: the switch, then the bake time, then room for
 * a rollback. When the asked rate times that window exceeds the cap, the rate is lowered to
 * three significant digits, rounded down.
 *
 * <p>The rehearsal runs on the run's own routing state, before anything reads it, through a
 * router with a counter of its own, and switches the state back to blue afterwards: a run holds
 * one copy of the routing state, and the rehearsal's operations are not the run's.
 *
 * @param windowNanos the longest the traffic can last
 * @param rps the rate to use, per second
 * @param rateLowered whether it is below the asked rate
 * @param fullSwitchNanos how long the whole switch to green takes when nothing stops it
 */
record TrafficPlan(long windowNanos, double rps, boolean rateLowered, long fullSwitchNanos) {

  /**
   * The plan of a run on {@code router}'s routing state, whose writes reach the slowest reader
   * {@code maxLag} nanoseconds after their call ends (0 for a central router). The state must
   * route every user to blue and be read by nobody yet; it does so again on return, and
   * {@code router}'s counter is left as it was.
   *
   * @throws IllegalStateException when switching back to blue did not route every user to blue
   * @throws InputError when the switch with its bakes and rollback would outlast the clock
   */
  static TrafficPlan of(TrafficRouter router, SimulationConfig config, long maxLag) {
    try {
      return planned(router, config, maxLag);
    } catch (ArithmeticException ex) {
      throw new InputError("the switch, its bakes and a rollback would last longer than the"
          + " simulated clock can count (about 292 years)");
    }
  }

  private static TrafficPlan planned(TrafficRouter router, SimulationConfig config, long maxLag) {
    TrafficRouter rehearsal = router.withOwnCounter();
    long full = rehearse(rehearsal, Environment.GREEN, config, maxLag);
    long window = Math.addExact(full, config.options().bakeTime().toNanos());
    if (config.greenErrorRate() > 0) {
      window = Math.addExact(window, rehearse(rehearsal, Environment.BLUE, config, maxLag));
    } else {
      rehearsal.beginSwitch(Environment.BLUE).finish();
    }
    if (router.state().usersOn(Environment.GREEN) != 0) {
      throw new IllegalStateException(router.strategyName()
          + " left users on green after switching back to blue, so its rehearsal cannot be undone");
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
