package org.bglab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look of every bglab chart: sized to read on a slide, with a colour-blind-safe palette
 * (Okabe and Ito) and a distinct marker per series, so that series stay apart in grey print.
 * Each strategy has its own colour and marker in every chart, whatever the chart shows, and none
 * is drawn in blue or green: in a lab about blue and green environments those colours would
 * say something the series do not mean.
 */
final class ChartStyle {

  /** The strategies' looks, by strategy name. */
  private static final Map<String, Look> STRATEGIES = Map.of(
      "per-user", new Look(new Color(0xD55E00), SeriesMarkers.CIRCLE),      // vermillion
      "batched", new Look(new Color(0xCC79A7), SeriesMarkers.SQUARE),       // reddish purple
      "pointer-swap", new Look(new Color(0x000000), SeriesMarkers.DIAMOND), // black
      "canary", new Look(new Color(0xE69F00), SeriesMarkers.TRIANGLE_UP),   // orange
      "linear", new Look(new Color(0x7F6000), SeriesMarkers.TRIANGLE_DOWN)); // dark ochre

  /** Markers for a strategy's second and later series (another batch size). */
  private static final Marker[] VARIANT_MARKERS = {
    SeriesMarkers.CROSS, SeriesMarkers.PLUS, SeriesMarkers.OVAL, SeriesMarkers.RECTANGLE
  };

  /**
   * Series that are not strategies (JMH baselines such as the naive map, timeline columns), in
   * order: colours and markers no strategy uses, so that such a series is never mistaken for one.
   */
  private static final Color[] COLOURS = {
    new Color(0x666666), // grey
    new Color(0x56B4E9), // sky blue
    new Color(0x009E73), // bluish green
    new Color(0x0072B2), // blue
    new Color(0xB8A000), // dark yellow
  };

  private static final Marker[] MARKERS = {
    SeriesMarkers.OVAL, SeriesMarkers.RECTANGLE, SeriesMarkers.CROSS, SeriesMarkers.PLUS
  };

  /** A series' colour and marker. */
  record Look(Color colour, Marker marker) {}

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
   * The looks of a chart's series, in order: a strategy's first series its own look, a later one
   * (another batch size) its colour with another marker; every other series the palette's next.
   */
  static List<Look> looks(List<String> names) {
    List<Look> looks = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int other = 0;
    for (String name : names) {
      Optional<String> strategy = strategyIn(name);
      if (strategy.isPresent()) {
        Look look = STRATEGIES.get(strategy.get());
        int earlier = seen.merge(strategy.get(), 1, Integer::sum) - 1;
        looks.add(earlier == 0 ? look : new Look(look.colour(),
            VARIANT_MARKERS[(earlier - 1) % VARIANT_MARKERS.length]));
      } else {
        looks.add(new Look(COLOURS[other % COLOURS.length], MARKERS[other % MARKERS.length]));
        other++;
      }
    }
    return looks;
  }

  /** The strategy a series is named after: one of its words, such as per-user in "per-user (b=1)". */
  static Optional<String> strategyIn(String seriesName) {
    String words = seriesName.toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(words.split("[^a-z-]+")).filter(STRATEGIES::containsKey).findFirst();
  }

  /**
   * Styles a series with {@code look}. A series that {@code hiddenBy} later series pass through
   * at every one of its points is drawn that many steps larger, markers and line, so that it
   * shows around them. Without {@code marked}, no marker is drawn.
   */
  static void applyTo(XYSeries series, Look look, int hiddenBy, boolean marked, int height) {
    double scale = height / 900.0;
    series.setLineColor(look.colour());
    series.setMarkerColor(look.colour());
    series.setMarker(marked ? new SizedMarker(look.marker(), 1 + 0.6 * hiddenBy)
        : SeriesMarkers.NONE);
    series.setLineStyle(new BasicStroke((float) Math.max(1, (4 + 6 * hiddenBy) * scale),
        BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
  }

  /** Styles a legend entry that stands for a series left out of the picture: text only. */
  static void applyToLeftOut(XYSeries series) {
    Color none = new Color(0, 0, 0, 0);
    series.setLineColor(none);
    series.setMarkerColor(none);
    series.setMarker(SeriesMarkers.NONE);
  }

  private static int size(double base, double scale) {
    return (int) Math.max(6, Math.round(base * scale));
  }
}
