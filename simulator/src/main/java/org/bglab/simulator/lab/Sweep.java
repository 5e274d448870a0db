package org.bglab.simulator.lab;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.bglab.simulator.strategy.TrafficRouter;

/**
 * Runs strategies over a series of user counts, measuring each switch by performing it: every
 * count comes from the writes and calls the strategy made, never from a formula.
 */
public final class Sweep {

  private Sweep() {}

  /**
   * Switches {@code users} users from blue to green with one strategy and reports what it
   * measured.
   */
  public static SwitchMeasurement measure(SwitchStrategy<?> strategy, int users) {
    TrafficRouter router = TrafficRouter.create(strategy, users);
    var counts = router.switchTo(Environment.GREEN);
    return new SwitchMeasurement(strategy.name(), strategy.label(), users, strategy.batchSize(),
        counts, router.routing());
  }

  /**
   * Runs every series of {@code plan} at every size, series in the outer loop, reporting each
   * measurement to {@code progress}. Each measurement's simulated duration comes from
   * {@code timer} ({@link SwitchTimer#NONE} leaves it out).
   */
  public static List<MeasuredSeries> run(
      SweepPlan plan, SwitchTimer timer, SweepProgress progress) {
    long total = plan.work();
    long done = 0;
    List<MeasuredSeries> result = new ArrayList<>();
    for (SweepPlan.Series series : plan.series()) {
      SwitchStrategy<?> strategy = series.strategy();
      List<SwitchMeasurement> measurements = new ArrayList<>();
      for (int users : plan.sizes()) {
        SwitchMeasurement measurement = measure(strategy, users)
            .withSwitchSeconds(timer.switchSeconds(strategy, users));
        measurements.add(measurement);
        done += users;
        progress.measured(measurement, done, total);
      }
      result.add(new MeasuredSeries(series, measurements));
    }
    return List.copyOf(result);
  }
}
