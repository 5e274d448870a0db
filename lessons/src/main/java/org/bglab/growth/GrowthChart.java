package org.bglab.growth;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bglab.chart.ChartData;
import org.bglab.chart.ChartRenderer;
import org.bglab.chart.FitTable;
import org.bglab.chart.ImageFormat;
import org.bglab.chart.LogAxes;
import org.bglab.simulator.lab.ComplexityFit;

/**
 * One chart with everything that goes with it: the names of its files, what it shows, the fitted
 * class of each series, and the data it was drawn from. It is a value: writing it to files, a
 * terminal or a page is up to the caller, and every picture of it is drawn the same way.
 *
 * @param name the name of its data files, without extension, such as {@code operations-vs-n}
 * @param pictureName the name of its pictures, without extension; it adds the drawing options
 *     to {@code name}, such as {@code operations-vs-n_linear}
 * @param chart what the chart shows
 * @param fits the fit of every series, in series order; empty for a chart that fits nothing
 *     (a timeline)
 * @param data the table the chart was drawn from, when it has one of its own to write (a chart
 *     redrawn from its CSV has none)
 */
public record GrowthChart(String name, String pictureName, ChartData chart,
    Map<String, ComplexityFit> fits, Optional<DataTable> data) {

  /** Copies the fits, keeping their order. */
  public GrowthChart {
    fits = Collections.unmodifiableMap(new LinkedHashMap<>(fits));
  }

  /** Every series' fitted class with its error, in series order. */
  public List<SeriesFit> seriesFits() {
    return fits.entrySet().stream().map(e -> new SeriesFit(e.getKey(), e.getValue())).toList();
  }

  /** The fits as the fits CSV holds them: every candidate class of every series. */
  public DataTable fitTable() {
    return new DataTable(FitTable.csvColumns(), FitTable.csvRows(fits));
  }

  /** The chart made drawable on its axes, with a note for every point left out. */
  public LogAxes.Drawable drawable() {
    return LogAxes.prepare(chart);
  }

  /** The picture in {@code format}, {@code width} by {@code height} pixels. */
  public byte[] picture(ImageFormat format, int width, int height) {
    return ChartRenderer.render(drawable().data(), format, width, height);
  }

  /**
   * The SVG picture as text, the same bytes that {@code bglab chart} writes to its {@code .svg}
   * file.
   */
  public String svg(int width, int height) {
    return new String(picture(ImageFormat.SVG, width, height), StandardCharsets.UTF_8);
  }
}
