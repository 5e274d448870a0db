package org.bglab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look of every bglab chart: sized to read on a slide, with a colour-blind-safe palette
 * (Okabe and Ito) and a distinct marker per series, so that series stay apart in grey print.
 */
final class ChartStyle {

  private static final Color[] COLOURS = {
    new Color(0xD55E00), // vermillion
    new Color(0x0072B2), // blue
    new Color(0x009E73), // bluish green
    new Color(0xCC79A7), // reddish purple
    new Color(0xE69F00), // orange
    new Color(0x56B4E9), // sky blue
    new Color(0x000000), // black
  };

  private static final Marker[] MARKERS = {
    SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
    SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS
  };

  private static final String FONT = Font.SANS_SERIF;

  private ChartStyle() {}

  /** Styles the chart as a whole; sizes scale with the chart's height (900 px = 1). */
  static void applyTo(XYChart chart, int height) {
    double scale = height / 900.0;
    XYStyler styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(true);
    styler.setPlotBorderColor(new Color(0x888888));
    styler.setPlotGridLinesColor(new Color(0xE4E4E4));
    styler.setPlotGridLinesStroke(new BasicStroke(1f));
    styler.setChartTitleBoxVisible(false);
    styler.setChartTitleFont(new Font(FONT, Font.BOLD, size(34, scale)));
    styler.setAxisTitleFont(new Font(FONT, Font.PLAIN, size(26, scale)));
    styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, size(22, scale)));
    styler.setLegendFont(new Font(FONT, Font.PLAIN, size(24, scale)));
    styler.setLegendBorderColor(new Color(0xAAAAAA));
    styler.setLegendPadding(size(12, scale));
    styler.setLegendSeriesLineLength(size(48, scale));
    styler.setChartPadding(size(28, scale));
    styler.setChartTitlePadding(size(16, scale));
    styler.setAxisTitlePadding(size(12, scale));
    styler.setAxisTickPadding(size(8, scale));
    styler.setPlotMargin(size(10, scale));
    styler.setMarkerSize(size(16, scale));
    styler.setXAxisTickMarkSpacingHint(size(130, scale));
    styler.setYAxisTickMarkSpacingHint(size(70, scale));
    styler.setAntiAlias(true);
  }

  /**
   * Styles the {@code index}-th series. A series that {@code hiddenBy} later series pass through
   * at every one of its points is drawn that many steps larger, markers and line, so that it
   * shows around them.
   */
  static void applyTo(XYSeries series, int index, int hiddenBy, int height) {
    double scale = height / 900.0;
    Color colour = COLOURS[index % COLOURS.length];
    series.setLineColor(colour);
    series.setMarkerColor(colour);
    series.setMarker(new SizedMarker(MARKERS[index % MARKERS.length], 1 + 0.6 * hiddenBy));
    series.setLineStyle(new BasicStroke((float) Math.max(1, (4 + 6 * hiddenBy) * scale),
        BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
  }

  /** The colour of the {@code index}-th series. */
  static Color colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  private static int size(double base, double scale) {
    return (int) Math.max(6, Math.round(base * scale));
  }
}
