package org.bglab.growth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.MeasuredSeries;
import org.bglab.simulator.lab.SizeSeries;
import org.bglab.simulator.lab.Sweep;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SweepPlan;
import org.bglab.simulator.lab.SweepProgress;
import org.bglab.simulator.lab.SwitchMeasurement;
import org.bglab.simulator.lab.SwitchTimer;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.PerUserSwitch;
import org.bglab.simulator.strategy.PointerSwap;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * The growth table: every strategy switched at each user count asked for, one row per count, and
 * the complexity class that fits each column (operations and update calls per strategy).
 *
 * @param sizes the user counts of the rows, each once, in the order asked
 * @param sweep what was measured, one series per strategy in column order; it holds every size of
 *     {@link #fitSizes}, which the fit needs
 * @param fitSizes the sizes the fit was made over: the rows' sizes, and with a fit asked for the
 *     1-2-5 sizes between the smallest and the largest as well
 */
public record GrowthTable(List<Integer> sizes, List<MeasuredSeries> sweep, List<Integer> fitSizes) {

  /** The strategies a growth table compares, before any of the user's own. */
  public static final List<String> STRATEGIES =
      List.of(PerUserSwitch.NAME, BatchedSwitch.NAME, PointerSwap.NAME);

  /** The columns each strategy has in the table, in order. */
  public static final List<SweepMetric> COLUMNS = List.of(SweepMetric.OPERATIONS, SweepMetric.CALLS);

  /** One row: a user count and each strategy's measurement at it, in column order. */
  public record Row(int users, List<SwitchMeasurement> byStrategy) {
    /** Copies the measurements. */
    public Row {
      byStrategy = List.copyOf(byStrategy);
    }
  }

  /** Copies the lists. */
  public GrowthTable {
    sizes = List.copyOf(sizes);
    sweep = List.copyOf(sweep);
    fitSizes = List.copyOf(fitSizes);
  }

  /**
   * Switches every strategy at each of {@code users} (a count given twice is measured once) and,
   * when {@code withFit}, at the 1-2-5 sizes in between, because three rows are too few to tell
   * growth classes apart.
   *
   * @param users the user counts of the rows, in the order they are shown
   * @param strategies the columns, in order
   * @param withFit whether the table's fit row is wanted
   */
  public static GrowthTable measure(
      List<Integer> users, List<SwitchStrategy<?>> strategies, boolean withFit) {
    List<Integer> sizes = users.stream().distinct().toList();
    SweepPlan plan = new SweepPlan(strategies, withFit ? fitSizes(sizes) : sizes);
    return new GrowthTable(sizes, Sweep.run(plan, SwitchTimer.NONE, SweepProgress.NONE),
        plan.sizes());
  }

  /** The rows, one per size in the order asked, each with every strategy's measurement. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int n : sizes) {
      List<SwitchMeasurement> byStrategy = new ArrayList<>();
      for (MeasuredSeries series : sweep) {
        series.measurements().stream().filter(run -> run.users() == n).forEach(byStrategy::add);
      }
      rows.add(new Row(n, byStrategy));
    }
    return rows;
  }

  /** Every measurement of the rows: size by size in the order asked, strategies in column order. */
  public List<SwitchMeasurement> measurements() {
    return rows().stream().flatMap(row -> row.byStrategy().stream()).toList();
  }

  /**
   * The fit of each column over {@link #fitSizes}, keyed by column name such as
   * {@code batched calls}, in column order.
   */
  public Map<String, ComplexityFit> fits() {
    Map<String, ComplexityFit> fits = new LinkedHashMap<>();
    for (MeasuredSeries series : sweep) {
      for (SweepMetric metric : COLUMNS) {
        fits.put(series.series().name() + " " + metric.label(), series.fit(metric).orElseThrow());
      }
    }
    return fits;
  }

  /** The rows' sizes and the 1-2-5 sizes between their smallest and largest, ascending. */
  static List<Integer> fitSizes(List<Integer> users) {
    int from = users.stream().mapToInt(n -> n).min().orElse(1);
    int to = users.stream().mapToInt(n -> n).max().orElse(1);
    TreeSet<Integer> sizes = new TreeSet<>(users);
    sizes.addAll(SizeSeries.oneTwoFive(from, to));
    return List.copyOf(sizes);
  }
}
