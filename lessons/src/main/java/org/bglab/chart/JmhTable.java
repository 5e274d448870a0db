package org.bglab.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bglab.jmh.JmhResult;
import org.bglab.jmh.JmhResults;
import org.bglab.simulator.lab.ComplexityFit;

/**
 * The results of a JMH run (its {@code -rf json} file) as chart rows: the benchmark parameter
 * {@code n} is the size, the primary score the value, and each benchmark method with its other
 * parameters is one series. Each benchmark class gets its own table, and results measured in
 * different modes or units go to separate tables.
 *
 * @param mode the JMH mode of every row, such as {@code avgt}
 * @param unit the score unit of every row, such as {@code ns/op}
 * @param rows the rows, series by series, sizes ascending
 */
public record JmhTable(String mode, String unit, List<Row> rows) implements SeriesRows {

  /** The JMH parameter read as the size. */
  public static final String SIZE_PARAMETER = "n";

  /**
   * One benchmark result.
   *
   * @param series the series name: what tells this benchmark apart from the others
   * @param benchmark the benchmark's full name, such as {@code org.bglab.benchmarks.X.perUser}
   * @param n the value of the size parameter
   * @param value the primary score
   * @param error the score error JMH reports (half the 99.9% confidence interval); NaN if none
   */
  public record Row(String series, String benchmark, double n, double value, double error)
      implements SeriesRows.Row {}

  /** Copies the rows. */
  public JmhTable {
    rows = List.copyOf(rows);
  }

  /** The mode in words, such as {@code average time}. */
  public String modeName() {
    return switch (mode) {
      case "thrpt" -> "throughput";
      case "avgt" -> "average time";
      case "sample" -> "sampled time";
      case "ss" -> "single-shot time";
      default -> mode;
    };
  }

  /** The vertical axis title: the mode and the unit. */
  public String yTitle() {
    return modeName() + " in " + unit;
  }

  /** The default chart title: the benchmark class measured, and how. */
  public String title() {
    return benchmarkClass() + ": " + modeName() + " vs n, measured by JMH";
  }

  /**
   * The chart of this table, each series' fitted class in its legend.
   *
   * @param title the title, or {@code null} for {@link #title()}
   * @param fits the fits of every series, from {@link #fits()}
   */
  public ChartData chart(String title, Axes axes, Map<String, ComplexityFit> fits) {
    return new ChartData(title == null ? title() : title, "JMH parameter n", yTitle(), axes,
        chartSeries(fits));
  }

  /** The CSV header. */
  public static List<String> csvColumns() {
    return List.of("series", "benchmark", "n", "score", "scoreError", "unit");
  }

  /** The CSV rows. */
  public List<List<?>> csvRows() {
    List<List<?>> cells = new ArrayList<>();
    for (Row row : rows) {
      cells.add(List.of(row.series(), row.benchmark(), CsvValues.plain(row.n()),
          CsvValues.plain(row.value()),
          Double.isNaN(row.error()) ? "" : CsvValues.plain(row.error()), unit));
    }
    return cells;
  }

  /**
   * Reads a JMH JSON result file: one table per mode and unit, in the order they first appear.
   *
   * @throws IllegalArgumentException naming {@code source} when the text is not JMH JSON or a
   *     result lacks the {@code n} parameter or a score
   */
  public static List<JmhTable> parse(String json, String source) {
    List<JmhResult> results = JmhResults.parse(json, source);
    for (int i = 0; i < results.size(); i++) {
      size(results.get(i), source + ": result " + (i + 1));
    }
    return group(results);
  }

  /** The value of the size parameter, which every charted result must have. */
  private static double size(JmhResult result, String where) {
    String size = result.param(SIZE_PARAMETER);
    if (size == null) {
      throw new IllegalArgumentException(where + " (" + result.benchmark() + "): no parameter '"
          + SIZE_PARAMETER + "' to use as the x-axis (add @Param to a field named n)");
    }
    double n;
    try {
      n = Double.parseDouble(size.replace("_", ""));
    } catch (NumberFormatException ex) {
      n = Double.NaN;
    }
    if (!(n > 0) || Double.isInfinite(n)) {
      throw new IllegalArgumentException(where + " (" + result.benchmark() + "): parameter n = '"
          + size + "' is not a positive number");
    }
    return n;
  }

  /** One table per benchmark class, mode and unit; series named within their own table. */
  private static List<JmhTable> group(List<JmhResult> results) {
    Map<String, List<JmhResult>> groups = new LinkedHashMap<>();
    for (JmhResult result : results) {
      groups.computeIfAbsent(
              result.benchmarkClass() + "\n" + result.mode() + "\n" + result.unit(),
              key -> new ArrayList<>())
          .add(result);
    }
    List<JmhTable> tables = new ArrayList<>();
    for (Map.Entry<String, List<JmhResult>> group : groups.entrySet()) {
      String[] key = group.getKey().split("\n", 3);
      SeriesNames names = new SeriesNames(group.getValue());
      List<Row> rows = new ArrayList<>();
      for (JmhResult result : group.getValue()) {
        rows.add(new Row(names.of(result), result.benchmark(), size(result, ""), result.score(),
            result.error()));
      }
      List<String> order = rows.stream().map(Row::series).distinct().toList();
      rows.sort(Comparator.comparingInt((Row row) -> order.indexOf(row.series()))
          .thenComparingDouble(Row::n));
      tables.add(new JmhTable(key[1], key[2], rows));
    }
    return List.copyOf(tables);
  }

  /** The benchmark class every row of this table belongs to. */
  public String benchmarkClass() {
    return JmhResult.benchmarkClass(rows.get(0).benchmark());
  }

}
