package org.bglab.growth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bglab.chart.ChartData;
import org.bglab.chart.JmhTable;
import org.bglab.chart.MetricTable;
import org.bglab.chart.TimelineTable;
import org.bglab.simulator.lab.ComplexityFit;

/**
 * Charts drawn from files instead of a sweep: a chart CSV written earlier, JMH results, a switch
 * timeline. Each reader reports a malformed file as an {@link IllegalArgumentException} naming
 * the file and line.
 */
public final class GrowthCharts {

  private GrowthCharts() {}

  /**
   * A switch timeline's chart and the table it was drawn from.
   *
   * @param chart the chart of green's share over time, which fits nothing
   * @param table the timeline
   */
  public record Timeline(GrowthChart chart, TimelineTable table) {}

  /** The chart of a sweep's CSV, {@code table} read from {@code file}: the same chart again. */
  public static GrowthChart fromCsv(MetricTable table, Path file, ChartLayout layout) {
    return GrowthSweep.chart(table, ChartNames.stem(file.getFileName().toString()), layout, null,
        false);
  }

  /** One chart per table of a JMH results file, {@code tables} read from {@code file}. */
  public static List<GrowthChart> fromJmh(List<JmhTable> tables, Path file, ChartLayout layout) {
    List<GrowthChart> charts = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      JmhTable table = tables.get(i);
      String name = ChartNames.jmh(file.getFileName().toString(), tables, i);
      Map<String, ComplexityFit> fits = table.fits();
      ChartData chart = table.chart(layout.title(), layout.axes(), fits);
      charts.add(new GrowthChart(name, layout.pictureName(name), chart, fits,
          Optional.of(new DataTable(JmhTable.csvColumns(), table.csvRows()))));
    }
    return List.copyOf(charts);
  }

  /**
   * The chart of a switch timeline, {@code table} read from {@code file}: green's share of the
   * requests over time, always on linear axes.
   */
  public static Timeline timeline(TimelineTable table, Path file, ChartLayout layout) {
    String name = ChartNames.timeline(file.getFileName().toString());
    // a timeline is linear whatever the layout says, so its picture names never say so
    String picture = name + ChartNames.pictureSuffix(false, layout.width(), layout.height());
    GrowthChart chart = new GrowthChart(name, picture, table.chart(layout.title()),
        Map.of(), Optional.of(new DataTable(TimelineTable.csvColumns(), table.csvRows())));
    return new Timeline(chart, table);
  }
}
