package org.bglab.chart;

import java.util.Map;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.model.RoutingModel;

/** Turns the table of a sweep metric into a chart: one line per series, its class in the legend. */
public final class SweepChart {

  /** The horizontal axis of every sweep chart. */
  public static final String X_TITLE = "users n";

  private SweepChart() {}

  /** The default title of the chart of {@code metric}. */
  public static String title(SweepMetric metric) {
    return switch (metric) {
      case OPERATIONS -> "Operations to switch n users from blue to green";
      case CALLS -> "Update calls to switch n users from blue to green";
      case WRITES -> "Route entries written to switch n users";
      case POINTER_WRITES -> "Pointer writes to switch n users";
      case MEMORY -> "Memory of the routing state for n users";
      case TIME -> "Simulated time to switch n users from blue to green";
    };
  }

  /** The vertical axis title of {@code metric}, with its unit. */
  public static String yTitle(SweepMetric metric) {
    return switch (metric) {
      case OPERATIONS -> "operations: route entries + pointer writes";
      case CALLS -> "update calls, one round trip each";
      case WRITES -> "route entries written";
      case POINTER_WRITES -> "pointer writes";
      case MEMORY -> "bytes of routing state";
      case TIME -> "simulated seconds";
    };
  }

  /**
   * The chart of {@code table}.
   *
   * @param fits the fit of every series of the table, by series name
   * @param title the chart title, or {@code null} for the metric's default title
   */
  public static ChartData of(
      MetricTable table, Map<String, ComplexityFit> fits, String title, Axes axes) {
    return of(table, fits, title, axes, null);
  }

  /**
   * The chart of {@code table}, whose default title names where the routing state lived when
   * that changes the metric (time) or what the metric leaves out (memory).
   *
   * @param routing where the routing state lived, or {@code null} when not known (a chart
   *     redrawn from its CSV)
   */
  public static ChartData of(MetricTable table, Map<String, ComplexityFit> fits, String title,
      Axes axes, RoutingModel routing) {
    SweepMetric metric = table.metric();
    String chosen = title != null ? title : title(metric) + routingNote(metric, routing);
    return new ChartData(chosen, X_TITLE, yTitle(metric), axes, table.chartSeries(fits));
  }

  private static String routingNote(SweepMetric metric, RoutingModel routing) {
    if (metric == SweepMetric.MEMORY) {
      return " (the state itself; proxies add one lag per node and a window)";
    }
    return metric == SweepMetric.TIME && routing != null
        ? " (routing: " + routing.label() + ")" : "";
  }
}
