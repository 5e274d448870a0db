package org.bglab.growth;

import org.bglab.chart.Axes;

/**
 * How the charts of a run are drawn: the title, the axes and the picture's size.
 *
 * @param title the title of every chart, or {@code null} for the title chosen for each chart
 * @param axes log-log or linear
 * @param width the picture's width in pixels
 * @param height the picture's height in pixels
 */
public record ChartLayout(String title, Axes axes, int width, int height) {

  /** What {@code bglab chart} draws without options: its own titles, log-log, 1600 by 900. */
  public static final ChartLayout DEFAULT =
      new ChartLayout(null, Axes.LOG_LOG, ChartNames.DEFAULT_WIDTH, ChartNames.DEFAULT_HEIGHT);

  /** The name of a picture of the chart named {@code name}, without extension. */
  String pictureName(String name) {
    return name + ChartNames.pictureSuffix(axes == Axes.LINEAR, width, height);
  }
}
