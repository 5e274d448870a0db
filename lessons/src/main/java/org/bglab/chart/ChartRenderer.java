package org.bglab.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.ChartTheme;

/** Draws chart data with XChart, headless, as PNG, SVG or PDF bytes. */
public final class ChartRenderer {

  /** When a series has more points than this, every series is drawn without markers. */
  static final int MAX_MARKED_POINTS = 60;

  /** Tick labels with thousands separators and at most three decimals: {@code 10,000}, {@code 0.25}. */
  private static final String TICK_PATTERN = "#,##0.###";

  private ChartRenderer() {}

  /**
   * Draws {@code data}, which must be drawable on its axes (see {@link LogAxes#prepare}). A
   * series without points is not drawn but named in the legend as left out; each strategy is
   * drawn in its own colour and marker (see {@link ChartStyle}).
   *
   * @throws IllegalArgumentException when a log-log chart holds a value of 0 or less, or no point
   */
  public static byte[] render(ChartData data, ImageFormat format, int width, int height) {
    XYChart chart = build(data, width, height);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      switch (format) {
        case PNG -> bytes.write(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        case SVG -> VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsFormat.SVG);
        case PDF -> bytes.write(ChartPdf.of(chart, data + " " + width + "x" + height));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return bytes.toByteArray();
  }

  static XYChart build(ChartData data, int width, int height) {
    if (data.series().stream().allMatch(series -> series.points().isEmpty())) {
      throw new IllegalArgumentException("a chart needs at least one point");
    }
    XYChart chart = new XYChartBuilder().width(width).height(height).theme(ChartTheme.XChart)
        .title(data.title()).build();
    ChartStyle.applyTo(chart, height);
    boolean log = data.axes() == Axes.LOG_LOG;
    String scale = log ? " (log scale)" : "";
    chart.setXAxisTitle(data.xTitle() + scale);
    chart.setYAxisTitle(data.yTitle() + scale);
    chart.getStyler().setXAxisLogarithmic(log).setYAxisLogarithmic(log);
    chart.getStyler().setXAxisDecimalPattern(TICK_PATTERN).setYAxisDecimalPattern(TICK_PATTERN);
    Range y = Range.of(data, Point::y, log, 0.05);
    chart.getStyler().setYAxisMin(y.min()).setYAxisMax(y.max());
    Range x = Range.of(data, Point::x, log, 0);
    chart.getStyler().setXAxisMin(x.min()).setXAxisMax(x.max());
    chart.getStyler().setLegendPosition(LegendCorner.emptiest(data, x, y, log));
    Set<String> names = new HashSet<>();
    List<ChartStyle.Look> looks =
        ChartStyle.looks(data.series().stream().map(ChartSeries::name).toList());
    // markers on every series or on none: none where many points would pile up
    boolean marked = data.series().stream()
        .allMatch(series -> series.points().size() <= MAX_MARKED_POINTS);
    for (int index = 0; index < data.series().size(); index++) {
      ChartSeries series = data.series().get(index);
      if (series.points().isEmpty()) {
        if (log) {
          // named in the legend, so that the picture says what it leaves out
          XYSeries named = chart.addSeries(unique(names, series.name() + " — left out: all 0,"
              + " which a log axis cannot show"), new double[] {x.min()}, new double[] {y.min()});
          ChartStyle.applyToLeftOut(named);
        }
        continue;
      }
      List<Point> points = series.points();
      double[] xs = points.stream().mapToDouble(Point::x).toArray();
      double[] ys = points.stream().mapToDouble(Point::y).toArray();
      if (log && (min(xs) <= 0 || min(ys) <= 0)) {
        throw new IllegalArgumentException(
            "series " + series.name() + " has a value of 0 or less on a log axis");
      }
      XYSeries drawn = chart.addSeries(unique(names, series.legend()), xs, ys);
      ChartStyle.applyTo(drawn, looks.get(index), hiddenBy(data.series(), index), marked, height);
    }
    return chart;
  }

  /** {@code name}, made unique among the legend's entries by trailing spaces. */
  private static String unique(Set<String> names, String name) {
    String unique = name;
    while (!names.add(unique)) {
      unique = unique + " ";
    }
    return unique;
  }

  /** How many later series pass through every point of series {@code index}. */
  private static int hiddenBy(List<ChartSeries> series, int index) {
    List<Point> own = series.get(index).points();
    int count = 0;
    for (ChartSeries later : series.subList(index + 1, series.size())) {
      if (new HashSet<>(later.points()).containsAll(own)) {
        count++;
      }
    }
    return count;
  }

  private static double min(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    for (double value : values) {
      min = Math.min(min, value);
    }
    return min;
  }
}
