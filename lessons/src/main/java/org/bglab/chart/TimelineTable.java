package org.bglab.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A switch timeline: the share of requests served by green as simulated time passes, read from
 * the CSV that {@code bglab simulate --timeline} writes. The columns read are {@code seconds} and
 * {@code greenShare} (0 to 1); a {@code strategy} column, when present (as with
 * {@code simulate --compare}), splits the rows into one series per strategy; a row whose
 * {@code requests} column says 0 is left out, since it shows no share at all. Other columns are
 * ignored.
 *
 * @param rows the rows, series by series, in file order
 */
public record TimelineTable(List<Row> rows) {

  /** The column of simulated time, in seconds. */
  public static final String SECONDS = "seconds";
  /** The column of green's share of requests, from 0 to 1. */
  public static final String GREEN_SHARE = "greenShare";
  /** The optional column naming the series. */
  public static final String STRATEGY = "strategy";
  /** The optional column of the requests in a row's slice of time. */
  public static final String REQUESTS = "requests";
  /** More points than this per series are thinned out evenly before drawing. */
  public static final int MAX_POINTS = 5000;

  /**
   * One instant.
   *
   * @param series the strategy, or {@code green share} when the file names none
   * @param seconds simulated time since the switch began
   * @param greenShare the share of requests served by green, from 0 to 1
   */
  public record Row(String series, double seconds, double greenShare) {}

  /** Copies the rows. */
  public TimelineTable {
    rows = List.copyOf(rows);
  }

  /**
   * Reads a timeline CSV.
   *
   * @throws IllegalArgumentException naming {@code source} and the line of the first problem
   */
  public static TimelineTable parse(String text, String source) {
    CsvFile csv = CsvFile.parse(text, source);
    int seconds = csv.requireColumn(SECONDS);
    int share = csv.requireColumn(GREEN_SHARE);
    int strategy = csv.column(STRATEGY);
    int requests = csv.column(REQUESTS);
    List<Row> rows = new ArrayList<>();
    for (CsvFile.Row row : csv.rows()) {
      try {
        if (requests >= 0 && CsvValues.parse(row.cells().get(requests), REQUESTS) == 0) {
          continue;
        }
        double time = CsvValues.parse(row.cells().get(seconds), SECONDS);
        double green = CsvValues.parse(row.cells().get(share), GREEN_SHARE);
        if (time < 0) {
          throw new IllegalArgumentException(SECONDS + " cannot be negative, got " + time);
        }
        if (green < 0 || green > 1) {
          throw new IllegalArgumentException(GREEN_SHARE + " must be from 0 to 1, got " + green);
        }
        String series = strategy < 0 ? "green share" : row.cells().get(strategy).strip();
        rows.add(new Row(series, time, green));
      } catch (IllegalArgumentException ex) {
        throw csv.error(row, ex.getMessage());
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(source + ": no data rows below the header");
    }
    return new TimelineTable(rows);
  }

  /** The CSV header of the data behind a timeline chart. */
  public static List<String> csvColumns() {
    return List.of("series", SECONDS, GREEN_SHARE);
  }

  /** The CSV rows. */
  public List<List<?>> csvRows() {
    return rows.stream().<List<?>>map(row -> List.of(row.series(), CsvValues.plain(row.seconds()),
        CsvValues.plain(row.greenShare()))).toList();
  }

  /** The series names in file order. */
  public List<String> seriesNames() {
    return rows.stream().map(Row::series).distinct().toList();
  }

  /** The rows of one series. */
  public List<Row> rows(String series) {
    return rows.stream().filter(row -> row.series().equals(series)).toList();
  }

  /** The chart: green's share over simulated time on linear axes, one line per series. */
  public ChartData chart(String title) {
    List<ChartSeries> series = new ArrayList<>();
    for (String name : seriesNames()) {
      List<Point> points = rows(name).stream()
          .map(row -> new Point(row.seconds(), row.greenShare())).toList();
      series.add(new ChartSeries(name, name, thin(points)));
    }
    return new ChartData(title == null ? "Share of requests served by green during the switch"
        : title, "simulated time (seconds)", "share of requests on green (0 to 1)", Axes.LINEAR,
        series);
  }

  /** Every k-th point and the last, so that a series has at most {@link #MAX_POINTS}. */
  static List<Point> thin(List<Point> points) {
    if (points.size() <= MAX_POINTS) {
      return points;
    }
    int step = (points.size() + MAX_POINTS - 2) / (MAX_POINTS - 1);
    List<Point> kept = new ArrayList<>();
    for (int i = 0; i < points.size() - 1; i += step) {
      kept.add(points.get(i));
    }
    kept.add(points.get(points.size() - 1));
    return kept;
  }
}
