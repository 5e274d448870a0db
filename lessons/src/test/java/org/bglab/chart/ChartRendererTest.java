package org.bglab.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartRendererTest {

  private static final Pattern STROKE = Pattern.compile("stroke:rgb\\((\\d+),(\\d+),(\\d+)\\)");

  private static ChartData growth(Axes axes) {
    List<Point> linear = List.of(new Point(10, 10), new Point(100, 100), new Point(1000, 1000));
    List<Point> constant = List.of(new Point(10, 1), new Point(100, 1), new Point(1000, 1));
    List<Point> batched = List.of(new Point(10, 1), new Point(100, 1), new Point(1000, 10));
    return new ChartData("Growth", "users n", "operations", axes, List.of(
        new ChartSeries("per-user", "per-user — O(n)", linear),
        new ChartSeries("batched", "batched — O(n)", batched),
        new ChartSeries("pointer-swap", "pointer-swap — O(1)", constant)));
  }

  @Test
  void thePngDecodesToTheRequestedSize() throws Exception {
    byte[] png = ChartRenderer.render(growth(Axes.LOG_LOG), ImageFormat.PNG, 640, 360);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(640, image.getWidth());
    assertEquals(360, image.getHeight());
  }

  private static Color colourOf(String strategy) {
    return ChartStyle.looks(List.of(strategy)).get(0).colour();
  }

  @Test
  void theSvgIsXmlWithOneLinePerSeries() throws Exception {
    byte[] svg = ChartRenderer.render(growth(Axes.LOG_LOG), ImageFormat.SVG, 800, 450);
    Set<Color> strokes = strokes(svg);
    for (String strategy : List.of("per-user", "batched", "pointer-swap")) {
      assertTrue(strokes.contains(colourOf(strategy)), strategy + ": " + strokes);
    }
    assertFalse(strokes.contains(colourOf("canary")), "no fourth series: " + strokes);
  }

  @Test
  void anEmptySeriesIsNotDrawnButNamedInTheLegendAsLeftOut() throws Exception {
    ChartData data = growth(Axes.LOG_LOG);
    List<ChartSeries> series = List.of(data.series().get(0).withPoints(List.of()),
        data.series().get(1), data.series().get(2));
    byte[] svg = ChartRenderer.render(new ChartData("t", "x", "y", Axes.LOG_LOG, series),
        ImageFormat.SVG, 800, 450);
    Set<Color> strokes = strokes(svg);
    assertFalse(strokes.contains(colourOf("per-user")), strokes.toString());
    assertTrue(strokes.contains(colourOf("batched"))
        && strokes.contains(colourOf("pointer-swap")));
    XYChart chart = ChartRenderer.build(new ChartData("t", "x", "y", Axes.LOG_LOG, series),
        800, 450);
    assertTrue(chart.getSeriesMap().keySet().stream()
        .anyMatch(name -> name.startsWith("per-user — left out")), chart.getSeriesMap().keySet()
        .toString());
  }

  @Test
  void aSeriesThatIsNoStrategyNeverLooksLikeOne() {
    List<String> strategies = List.of("per-user", "batched", "pointer-swap", "canary", "linear");
    List<ChartStyle.Look> own = ChartStyle.looks(strategies);
    List<ChartStyle.Look> others = ChartStyle.looks(
        List.of("NAIVE_MAP", "UNCOUNTED_LOOP", "BYTE_ARRAY", "COUNTED_STEPS", "X", "Y"));
    for (ChartStyle.Look other : others) {
      for (ChartStyle.Look look : own) {
        assertFalse(other.colour().equals(look.colour()), other + " looks like " + look);
      }
    }
    assertEquals(others.size(), new HashSet<>(others).size(), "each baseline its own look");
  }

  @Test
  void eachStrategyHasOneLookInEveryChartAndNoneIsBlueOrGreen() {
    List<String> names = List.of("per-user", "batched", "pointer-swap", "canary", "linear");
    List<ChartStyle.Look> looks = ChartStyle.looks(names);
    List<ChartStyle.Look> reordered =
        ChartStyle.looks(List.of("linear", "canary (share 10%)", "pointer-swap", "per-user"));
    assertEquals(looks.get(4), reordered.get(0));
    assertEquals(looks.get(3), reordered.get(1));
    assertEquals(looks.get(0), reordered.get(3));
    assertEquals(5, new HashSet<>(looks.stream().map(ChartStyle.Look::colour).toList()).size());
    assertEquals(5, new HashSet<>(looks.stream().map(l -> l.marker().getClass()).toList()).size());
    for (ChartStyle.Look look : looks) {
      Color c = look.colour();
      float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
      boolean blueOrGreen = hsb[1] > 0.25 && hsb[2] > 0.2 && hsb[0] * 360 > 75
          && hsb[0] * 360 < 270;
      assertFalse(blueOrGreen, look.toString());
    }
    List<ChartStyle.Look> twoBatches = ChartStyle.looks(List.of("batched (b=10)", "batched (b=100)"));
    assertEquals(looks.get(1), twoBatches.get(0));
    assertEquals(looks.get(1).colour(), twoBatches.get(1).colour());
    assertFalse(looks.get(1).marker().equals(twoBatches.get(1).marker()));
  }

  @Test
  void markersAreOnEverySeriesOrOnNone() {
    List<Point> many = new java.util.ArrayList<>();
    for (int i = 1; i <= ChartRenderer.MAX_MARKED_POINTS + 1; i++) {
      many.add(new Point(i, i));
    }
    List<Point> few = List.of(new Point(1, 1), new Point(2, 3));
    XYChart crowded = ChartRenderer.build(new ChartData("t", "x", "y", Axes.LINEAR, List.of(
        new ChartSeries("canary", "canary", many), new ChartSeries("linear", "linear", few))),
        800, 450);
    assertTrue(crowded.getSeriesMap().values().stream()
        .allMatch(s -> s.getMarker() == SeriesMarkers.NONE));
    XYChart sparse = ChartRenderer.build(new ChartData("t", "x", "y", Axes.LINEAR, List.of(
        new ChartSeries("canary", "canary", few), new ChartSeries("linear", "linear", few))),
        800, 450);
    assertTrue(sparse.getSeriesMap().values().stream()
        .noneMatch(s -> s.getMarker() == SeriesMarkers.NONE));
  }

  @Test
  void thePdfIsOnePageOfTheChartsSize() throws Exception {
    byte[] pdf = ChartRenderer.render(growth(Axes.LINEAR), ImageFormat.PDF, 800, 450);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getNumberOfPages());
      assertEquals(800, document.getPage(0).getMediaBox().getWidth(), 0.5);
      assertEquals(450, document.getPage(0).getMediaBox().getHeight(), 0.5);
    }
  }

  @Test
  void theSameChartGivesTheSameBytes() {
    for (ImageFormat format : ImageFormat.values()) {
      assertArrayEquals(ChartRenderer.render(growth(Axes.LOG_LOG), format, 500, 300),
          ChartRenderer.render(growth(Axes.LOG_LOG), format, 500, 300), format.name());
    }
  }

  @Test
  void refusesZeroOnALogAxis() {
    ChartData zero = new ChartData("t", "x", "y", Axes.LOG_LOG, List.of(
        new ChartSeries("a", "a", List.of(new Point(10, 0), new Point(100, 1)))));
    assertThrows(IllegalArgumentException.class,
        () -> ChartRenderer.render(zero, ImageFormat.PNG, 400, 300));
  }

  /** The stroke colours of the SVG's elements, read from the parsed document. */
  static Set<Color> strokes(byte[] svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    assertEquals("svg", document.getDocumentElement().getTagName());
    Set<Color> colours = new HashSet<>();
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Matcher stroke = STROKE.matcher(((Element) all.item(i)).getAttribute("style"));
      while (stroke.find()) {
        colours.add(new Color(Integer.parseInt(stroke.group(1)),
            Integer.parseInt(stroke.group(2)), Integer.parseInt(stroke.group(3))));
      }
    }
    return colours;
  }
}
