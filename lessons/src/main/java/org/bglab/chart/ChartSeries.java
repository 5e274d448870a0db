package org.bglab.chart;

import java.util.List;

/**
 * One line of a chart.
 *
 * @param name the series' name, such as {@code per-user}
 * @param legend the legend entry, such as {@code per-user — O(n)}
 * @param points the points in drawing order
 */
public record ChartSeries(String name, String legend, List<Point> points) {

  /** Copies the points. */
  public ChartSeries {
    points = List.copyOf(points);
  }

  /** A copy of this series with other points. */
  public ChartSeries withPoints(List<Point> other) {
    return new ChartSeries(name, legend, other);
  }
}
