package org.bglab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogAxesTest {

  private static ChartSeries series(String name, double... ys) {
    List<Point> points = new java.util.ArrayList<>();
    for (int i = 0; i < ys.length; i++) {
      points.add(new Point(Math.pow(10, i + 1), ys[i]));
    }
    return new ChartSeries(name, name, points);
  }

  private static ChartData chart(Axes axes, ChartSeries... series) {
    return new ChartData("t", "x", "y", axes, List.of(series));
  }

  @Test
  void leavesOutZerosAndSaysWhere() {
    LogAxes.Drawable drawable = LogAxes.prepare(
        chart(Axes.LOG_LOG, series("a", 0, 5, 7), series("b", 0, 0, 0), series("c", 1, 1, 1)));
    List<ChartSeries> drawn = drawable.data().series();
    assertEquals(3, drawn.size(), "an emptied series keeps its place, and so its colour");
    assertEquals(List.of(new Point(100, 5), new Point(1000, 7)), drawn.get(0).points());
    assertTrue(drawn.get(1).points().isEmpty());
    assertEquals(3, drawn.get(2).points().size());
    assertEquals(2, drawable.notes().size(), drawable.notes().toString());
    assertTrue(drawable.notes().get(0).startsWith("a: 1 point(s) with value 0 or less left out"
        + " at x = 10"), drawable.notes().toString());
    assertTrue(drawable.notes().get(1).startsWith("b is left out"), drawable.notes().toString());
    assertEquals(Axes.LOG_LOG, drawable.data().axes());
  }

  @Test
  void fallsBackToLinearAxesWhenNothingIsAboveZero() {
    ChartData data = chart(Axes.LOG_LOG, series("a", 0, 0));
    LogAxes.Drawable drawable = LogAxes.prepare(data);
    assertEquals(Axes.LINEAR, drawable.data().axes());
    assertEquals(data.series(), drawable.data().series());
    assertTrue(drawable.notes().get(drawable.notes().size() - 1).contains("linear"));
  }

  @Test
  void leavesLinearChartsAlone() {
    ChartData data = chart(Axes.LINEAR, series("a", 0, -1, 3));
    assertEquals(new LogAxes.Drawable(data, List.of()), LogAxes.prepare(data));
  }
}
