package org.bglab.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes chart data drawable on logarithmic axes, where zero and negative values have no place:
 * such points are left out, and each omission is explained in a note. A series left without
 * points stays in the data, empty, so that every other series keeps its colour and marker. When
 * nothing at all remains, the chart falls back to linear axes.
 */
public final class LogAxes {

  private LogAxes() {}

  /**
   * The data to draw and what was changed to draw it.
   *
   * @param data the drawable data
   * @param notes one sentence per omission or fallback; empty when nothing changed
   */
  public record Drawable(ChartData data, List<String> notes) {

    /** Copies the notes. */
    public Drawable {
      notes = List.copyOf(notes);
    }
  }

  /** {@code data} made drawable on its axes. Linear data is returned unchanged. */
  public static Drawable prepare(ChartData data) {
    if (data.axes() != Axes.LOG_LOG) {
      return new Drawable(data, List.of());
    }
    List<String> notes = new ArrayList<>();
    List<ChartSeries> kept = new ArrayList<>();
    boolean drawable = false;
    for (ChartSeries series : data.series()) {
      List<Point> positive = new ArrayList<>();
      List<String> dropped = new ArrayList<>();
      for (Point point : series.points()) {
        if (point.x() > 0 && point.y() > 0) {
          positive.add(point);
        } else {
          dropped.add(CsvValues.plain(point.x()));
        }
      }
      if (positive.isEmpty()) {
        notes.add(series.name() + " is left out: all its values are 0 or less, which a log axis"
            + " cannot show (use --linear to see it)");
      } else if (!dropped.isEmpty()) {
        notes.add(series.name() + ": " + dropped.size() + " point(s) with value 0 or less left"
            + " out at x = " + String.join(", ", dropped) + " (a log axis cannot show them)");
      }
      kept.add(series.withPoints(positive));
      drawable |= !positive.isEmpty();
    }
    if (!drawable) {
      notes.add("no value is above 0, so the chart is drawn on linear axes");
      return new Drawable(data.withAxes(Axes.LINEAR), notes);
    }
    return new Drawable(
        new ChartData(data.title(), data.xTitle(), data.yTitle(), Axes.LOG_LOG, kept), notes);
  }
}
