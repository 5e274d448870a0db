package org.bglab.lesson.terminal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bglab.lesson.ChartStyle;
import org.bglab.lesson.LessonBlock;

/**
 * Draws a {@code bglab chart} directive from the CSV a real run printed: horizontal bars or one
 * sparkline per series, on a log scale so that a constant, a straight line and everything in
 * between are told apart at a glance.
 */
final class TerminalChart {

  private static final String EIGHTHS = " ▏▎▍▌▋▊▉█";
  private static final String LEVELS = "▁▂▃▄▅▆▇█";
  private static final CsvMapper CSV = new CsvMapper();

  private record Point(String series, double x, double y) {}

  private TerminalChart() {}

  /**
   * The chart's lines.
   *
   * @throws IllegalArgumentException when the CSV lacks a named column or a number
   */
  static List<String> render(LessonBlock.Chart spec, String csv, int width, Palette palette) {
    List<Point> points = points(spec, csv);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("the data command printed no rows");
    }
    double max = points.stream().mapToDouble(Point::y).max().orElse(1);
    double base = Math.min(1, points.stream().mapToDouble(Point::y).filter(y -> y > 0)
        .min().orElse(1));
    List<String> lines = new ArrayList<>();
    lines.addAll(TextWrap.wrap(palette.bold(spec.y() + " against " + spec.x())
        + ", log scale from " + number(base) + " to " + number(max), width, "", "  "));
    lines.addAll(TextWrap.wrap("measured by running " + palette.code(spec.data().typed()),
        width, "", "  "));
    lines.add("");
    if (spec.style() == ChartStyle.BARS) {
      bars(spec, points, base, max, width, palette, lines);
    } else {
      sparklines(spec, points, base, max, width, palette, lines);
    }
    spec.fullChart().ifPresent(full -> {
      lines.add("");
      lines.addAll(TextWrap.wrap("The full chart, as files: " + palette.code(full.typed()),
          width, "", "  "));
    });
    return lines;
  }

  private static void bars(LessonBlock.Chart spec, List<Point> points, double base, double max,
      int width, Palette palette, List<String> lines) {
    int xWidth = Math.max(spec.x().length(),
        points.stream().mapToInt(p -> number(p.x()).length()).max().orElse(1));
    int sWidth = points.stream().mapToInt(p -> p.series().length()).max().orElse(0);
    int vWidth = points.stream().mapToInt(p -> number(p.y()).length()).max().orElse(1);
    int barWidth = Math.max(10, Math.min(40, width - xWidth - sWidth - vWidth - 8));
    double previousX = Double.NaN;
    for (Point p : points) {
      String x = p.x() == previousX ? "" : number(p.x());
      previousX = p.x();
      String label = String.format(Locale.ROOT, "  %-" + xWidth + "s  %-" + sWidth + "s  ",
          x, p.series());
      String bar = p.y() <= 0 ? "" : bar(fraction(p.y(), base, max), barWidth);
      lines.add((label + palette.good(bar) + " ".repeat(barWidth - bar.length()) + "  "
          + " ".repeat(vWidth - number(p.y()).length()) + number(p.y())).stripTrailing());
    }
    String axis = String.format(Locale.ROOT, "  %-" + xWidth + "s", spec.x()).stripTrailing();
    lines.addAll(TextWrap.wrap(axis + "  (each bar grows by the same length for every factor of"
        + " 10)", width, "", " ".repeat(axis.length() + 3)));
  }

  /**
   * One line per series: its name, a sparkline (two cells a point, or one when two do not fit
   * the width) and its first and last value, which move to a line of their own when the line
   * would still be too wide.
   */
  private static void sparklines(LessonBlock.Chart spec, List<Point> points, double base,
      double max, int width, Palette palette, List<String> lines) {
    Map<String, List<Point>> bySeries = new LinkedHashMap<>();
    points.forEach(p -> bySeries.computeIfAbsent(p.series(), s -> new ArrayList<>()).add(p));
    int sWidth = bySeries.keySet().stream().mapToInt(String::length).max().orElse(0);
    int count = bySeries.values().stream().mapToInt(List::size).max().orElse(0);
    String margin = "  " + " ".repeat(sWidth) + "  ";
    int rangeWidth = bySeries.values().stream().mapToInt(own -> range(own).length() + 2).max()
        .orElse(0);
    int cells = margin.length() + 2 * count + rangeWidth <= width ? 2 : 1;
    boolean rangeBelow = margin.length() + cells * count + rangeWidth > width;
    for (Map.Entry<String, List<Point>> series : bySeries.entrySet()) {
      StringBuilder spark = new StringBuilder();
      for (Point p : series.getValue()) {
        char level = p.y() <= 0 ? ' '
            : LEVELS.charAt((int) Math.round(fraction(p.y(), base, max) * (LEVELS.length() - 1)));
        spark.append(String.valueOf(level).repeat(cells));
      }
      String line = String.format(Locale.ROOT, "  %-" + sWidth + "s  ", series.getKey())
          + palette.good(spark.toString());
      if (rangeBelow) {
        lines.add(line.stripTrailing());
        lines.add(margin + range(series.getValue()));
      } else {
        lines.add(line + "  " + range(series.getValue()));
      }
    }
    lines.addAll(TextWrap.wrap(spec.x() + " from " + number(points.get(0).x()) + " to "
        + number(points.stream().mapToDouble(Point::x).max().orElse(0)) + ", " + count
        + " runs per series", width, margin, margin));
  }

  /** A series' first and last value, as {@code 10 → 1,000,000}. */
  private static String range(List<Point> own) {
    return number(own.get(0).y()) + " → " + number(own.get(own.size() - 1).y());
  }

  /** Where {@code y} sits between {@code base} and {@code max} on a log scale, 0 to 1. */
  private static double fraction(double y, double base, double max) {
    if (y <= 0) {
      return 0;
    }
    double decades = Math.log10(max / base);
    return decades <= 0 ? 1 : Math.log10(y / base) / decades;
  }

  /** A bar of eighth-blocks: a value at the base still gets one full cell. */
  private static String bar(double fraction, int width) {
    int eighths = 8 + (int) Math.round(fraction * (width - 1) * 8);
    String full = "█".repeat(eighths / 8);
    return eighths % 8 == 0 ? full : full + EIGHTHS.charAt(eighths % 8);
  }

  private static List<Point> points(LessonBlock.Chart spec, String csv) {
    List<Point> points = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String series = spec.series().map(s -> column(row, s)).orElse(spec.y());
        points.add(new Point(series, numeric(row, spec.x()), numeric(row, spec.y())));
      }
    } catch (IOException ex) {
      throw new IllegalArgumentException("the data command's output is not CSV: " + ex.getMessage());
    }
    return points;
  }

  private static String column(Map<String, String> row, String name) {
    String value = row.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the CSV has no column '" + name + "' (it has: "
          + String.join(", ", row.keySet()) + ")");
    }
    return value;
  }

  private static double numeric(Map<String, String> row, String name) {
    String value = column(row, name);
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("column '" + name + "' holds '" + value
          + "', not a number");
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.format(Locale.ROOT, "%,d", (long) value)
        : String.format(Locale.ROOT, "%.3g", value);
  }
}
