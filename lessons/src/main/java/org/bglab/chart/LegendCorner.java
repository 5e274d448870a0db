package org.bglab.chart;

import java.util.List;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Where the legend goes: inside the plot, in the corner that covers the fewest points, trying the
 * top left first (where rising growth curves leave room), then the bottom right (where a
 * timeline that ends at 1 leaves room), then the other two.
 */
final class LegendCorner {

  /** The share of the plot's width and height a legend is taken to cover. */
  private static final double WIDTH = 0.4;
  private static final double HEIGHT = 0.3;

  private static final List<LegendPosition> ORDER = List.of(LegendPosition.InsideNW,
      LegendPosition.InsideSE, LegendPosition.InsideNE, LegendPosition.InsideSW);

  private LegendCorner() {}

  static LegendPosition emptiest(ChartData data, Range x, Range y, boolean log) {
    LegendPosition best = ORDER.get(0);
    long fewest = Long.MAX_VALUE;
    for (LegendPosition corner : ORDER) {
      long covered = data.series().stream().flatMap(s -> s.points().stream())
          .filter(p -> covers(corner, position(p.x(), x, log), position(p.y(), y, log)))
          .count();
      if (covered < fewest) {
        fewest = covered;
        best = corner;
      }
    }
    return best;
  }

  /** Where {@code value} lies along its axis, from 0 (start) to 1 (end). */
  private static double position(double value, Range range, boolean log) {
    return log
        ? (Math.log(value) - Math.log(range.min())) / (Math.log(range.max()) - Math.log(range.min()))
        : (value - range.min()) / (range.max() - range.min());
  }

  private static boolean covers(LegendPosition corner, double x, double y) {
    boolean left = x <= WIDTH;
    boolean right = x >= 1 - WIDTH;
    boolean top = y >= 1 - HEIGHT;
    boolean bottom = y <= HEIGHT;
    return switch (corner) {
      case InsideNW -> left && top;
      case InsideNE -> right && top;
      case InsideSE -> right && bottom;
      default -> left && bottom;
    };
  }
}
