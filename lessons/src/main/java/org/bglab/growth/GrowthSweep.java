package org.bglab.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bglab.chart.ChartData;
import org.bglab.chart.MetricTable;
import org.bglab.chart.SweepChart;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.EngineTimer;
import org.bglab.simulator.lab.MeasuredSeries;
import org.bglab.simulator.lab.Sweep;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SweepPlan;
import org.bglab.simulator.lab.SweepProgress;
import org.bglab.simulator.lab.SwitchTimer;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * How the work of a switch grows with n: every strategy of a {@link GrowthRequest} switches
 * every user from blue to green at every size, each count measured by performing the switch,
 * and each metric becomes a {@link GrowthChart} with the fitted class of every series. The pipeline
 * is the one of {@code bglab chart}: sweep, then one table per metric, then the chart drawn from
 * that table.
 */
public final class GrowthSweep {

  private final GrowthRequest request;
  private final SweepPlan plan;

  private GrowthSweep(GrowthRequest request, SweepPlan plan) {
    this.request = request;
    this.plan = plan;
  }

  /**
   * The sweep of {@code request}. It creates the strategies, a course's own among them, so it
   * runs their constructors.
   *
   * @throws IllegalArgumentException on an unknown strategy, an empty list or a size below 1
   */
  public static GrowthSweep of(GrowthRequest request) {
    return new GrowthSweep(request, new SweepPlan(strategies(request), request.users()));
  }

  /**
   * The strategies of the sweep: each built-in one named, once per batch size, then each course
   * strategy, once per batch size.
   */
  private static List<SwitchStrategy<?>> strategies(GrowthRequest request) {
    List<SwitchStrategy<?>> swept = new ArrayList<>(
        SweepPlan.of(request.strategies(), request.users(), request.batchSizes()).strategies());
    List<List<SwitchStrategy<?>>> own = request.batchSizes().stream()
        .map(b -> request.own().apply(new StrategyOptions(b))).toList();
    int count = own.isEmpty() ? 0 : own.get(0).size();
    for (int i = 0; i < count; i++) {
      for (List<SwitchStrategy<?>> each : own) {
        swept.add(each.get(i));
      }
    }
    return swept;
  }

  /** What the sweep runs: its series and sizes. */
  public SweepPlan plan() {
    return plan;
  }

  /** The bytes of the largest routing state the sweep holds at once. */
  public long largestRoutingBytes() {
    int largest = plan.sizes().get(plan.sizes().size() - 1);
    return plan.strategies().stream().mapToLong(s -> s.routingBytes(largest)).max().orElse(0);
  }

  /**
   * Runs the sweep, telling {@code progress} of each point as soon as it is measured, and returns
   * one chart per metric of the request, in its order.
   */
  public List<GrowthChart> run(SweepProgress progress) {
    SwitchTimer timer = request.metrics().contains(SweepMetric.TIME)
        ? EngineTimer.DEFAULTS.withRoutingModel(request.routing()) : SwitchTimer.NONE;
    List<MeasuredSeries> sweep = Sweep.run(plan, timer, progress);
    List<String> names = plan.strategies().stream().map(SwitchStrategy::name).distinct().toList();
    List<GrowthChart> charts = new ArrayList<>();
    for (SweepMetric metric : request.metrics()) {
      String name = ChartNames.sweep(metric, request.users(), names, request.batchSizes(),
          request.routing());
      charts.add(chart(MetricTable.of(metric, sweep), name, request.layout(), request.routing(),
          true));
    }
    return List.copyOf(charts);
  }

  /**
   * The chart of a metric's table.
   *
   * @param routing where the routing state lived, or {@code null} when not known
   * @param withData whether the chart carries its table as data to write
   */
  static GrowthChart chart(MetricTable table, String name, ChartLayout layout,
      RoutingModel routing, boolean withData) {
    Map<String, ComplexityFit> fits = table.fits();
    ChartData chart = SweepChart.of(table, fits, layout.title(), layout.axes(), routing);
    Optional<DataTable> data = withData
        ? Optional.of(new DataTable(table.csvColumns(), table.csvRows())) : Optional.empty();
    return new GrowthChart(name, layout.pictureName(name), chart, fits, data);
  }
}
