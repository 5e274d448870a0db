package org.bglab.chart;

import java.util.List;

/**
 * Everything a chart shows, independent of how it is drawn.
 *
 * @param title the title above the plot
 * @param xTitle the horizontal axis title
 * @param yTitle the vertical axis title
 * @param axes log-log or linear
 * @param series the lines, in legend order
 */
public record ChartData(
    String title, String xTitle, String yTitle, Axes axes, List<ChartSeries> series) {

  /** Copies the series. */
  public ChartData {
    series = List.copyOf(series);
  }


  /** A copy with other axes. */
  public ChartData withAxes(Axes other) {
    return new ChartData(title, xTitle, yTitle, other, series);
  }
}
