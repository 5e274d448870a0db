package org.bglab.chart;

import java.util.function.ToDoubleFunction;

/**
 * The span of one axis: whole decades on a log axis; on a linear one from zero (or the smallest
 * value, if negative) to the largest value plus some headroom. Never empty.
 */
record Range(double min, double max) {

  /**
   * The span of one coordinate of every point of {@code data}.
   *
   * @param headroom the share of the linear span added above the largest value
   */
  static Range of(ChartData data, ToDoubleFunction<Point> coordinate, boolean log,
      double headroom) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (ChartSeries series : data.series()) {
      for (Point point : series.points()) {
        low = Math.min(low, coordinate.applyAsDouble(point));
        high = Math.max(high, coordinate.applyAsDouble(point));
      }
    }
    if (low > high) {
      return log ? new Range(1, 10) : new Range(0, 1);
    }
    return log ? decades(low, high) : linear(low, high, headroom);
  }

  private static Range decades(double low, double high) {
    double min = Math.pow(10, Math.floor(Math.log10(low) + 1e-9));
    double max = Math.pow(10, Math.ceil(Math.log10(high) - 1e-9));
    if (max <= min) {
      max = min * 10;
    }
    return new Range(min, max);
  }

  private static Range linear(double low, double high, double headroom) {
    double min = Math.min(0, low);
    double max = high > min ? high + (high - min) * headroom : min + 1;
    return new Range(min, max);
  }
}
