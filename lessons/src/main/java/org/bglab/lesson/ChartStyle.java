package org.bglab.lesson;

/** How a terminal chart is drawn. */
public enum ChartStyle {
  /** One horizontal bar per point, grouped by x value: best for a few points. */
  BARS,
  /** One line of block characters per series: best for many points. */
  SPARKLINE
}
