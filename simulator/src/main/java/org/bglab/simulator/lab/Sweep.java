package org.bglab.simulator.lab;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.bglab.simulator.strategy.TrafficRouter;

/** Runs strategies over a series of user counts, measuring each switch by performing it. */
public final class Sweep {

  private Sweep() {}

  /**
   * Switches {@code users} users from blue to green with one strategy and reports what it
   * measured.
   */
  public static SwitchMeasurement measure(SwitchStrategy<?> strategy, int users) {
    TrafficRouter router = TrafficRouter.create(strategy, users);
    var counts = router.switchTo(Environment.GREEN);
    int batchSize = strategy instanceof BatchedSwitch batched ? batched.batchSize() : 0;
    return new SwitchMeasurement(strategy.name(), users, batchSize, counts, router.routing());
  }

  /**
   * Measures every named strategy at every size, sizes in the outer loop.
   *
   * @throws IllegalArgumentException when a name is not a known strategy
   */
  public static List<SwitchMeasurement> run(
      List<String> strategies, List<Integer> sizes, StrategyOptions options) {
    List<SwitchMeasurement> measurements = new ArrayList<>();
    for (int users : sizes) {
      for (String name : strategies) {
        measurements.add(measure(Strategies.create(name, options), users));
      }
    }
    return List.copyOf(measurements);
  }
}
