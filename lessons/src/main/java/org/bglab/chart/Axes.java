package org.bglab.chart;

/** How both axes of a chart are scaled. */
public enum Axes {
  /** Logarithmic on both axes: power laws become straight lines, slope = exponent. */
  LOG_LOG,
  /** Linear on both axes. */
  LINEAR
}
