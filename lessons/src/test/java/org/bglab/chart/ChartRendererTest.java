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

  @Test
  void theSvgIsXmlWithOneLinePerSeries() throws Exception {
    byte[] svg = ChartRenderer.render(growth(Axes.LOG_LOG), ImageFormat.SVG, 800, 450);
    Set<Color> strokes = strokes(svg);
    for (int series = 0; series < 3; series++) {
      assertTrue(strokes.contains(ChartStyle.colour(series)), "series " + series + ": " + strokes);
    }
    assertFalse(strokes.contains(ChartStyle.colour(3)), "no fourth series: " + strokes);
  }

  @Test
  void anEmptySeriesIsNotDrawnButKeepsTheColoursOfTheOthers() throws Exception {
    ChartData data = growth(Axes.LOG_LOG);
    List<ChartSeries> series = List.of(data.series().get(0).withPoints(List.of()),
        data.series().get(1), data.series().get(2));
    byte[] svg = ChartRenderer.render(new ChartData("t", "x", "y", Axes.LOG_LOG, series),
        ImageFormat.SVG, 800, 450);
    Set<Color> strokes = strokes(svg);
    assertFalse(strokes.contains(ChartStyle.colour(0)), strokes.toString());
    assertTrue(strokes.contains(ChartStyle.colour(1)) && strokes.contains(ChartStyle.colour(2)));
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
