package org.bglab.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/** Scores of one benchmark, one implementation, across {@code n}, and tables and ratios of them. */
final class ResultSeries {

  private ResultSeries() {}

  /**
   * A score of the results of {@code benchmark} whose parameter {@code key} is {@code value},
   * keyed by their {@code n} parameter.
   */
  static SortedMap<Integer, Double> byUsers(
      List<JmhResult> results,
      String benchmark,
      String key,
      String value,
      ToDoubleFunction<JmhResult> score) {
    SortedMap<Integer, Double> series = new TreeMap<>();
    for (JmhResult result : results) {
      if (result.shortName().equals(benchmark) && value.equals(result.param(key))
          && result.param("n") != null) {
        series.put(Integer.valueOf(result.param("n")), score.applyAsDouble(result));
      }
    }
    return series;
  }

  /** The secondary {@code perUser} score, {@code NaN} when absent. */
  static double perUser(JmhResult result) {
    return result.secondary().getOrDefault("perUser", Double.NaN);
  }

  /** {@code top / bottom} at every n the two series share. */
  static SortedMap<Integer, Double> ratio(
      SortedMap<Integer, Double> top, SortedMap<Integer, Double> bottom) {
    SortedMap<Integer, Double> ratios = new TreeMap<>();
    for (Map.Entry<Integer, Double> entry : top.entrySet()) {
      Double under = bottom.get(entry.getKey());
      if (under != null) {
        ratios.put(entry.getKey(), entry.getValue() / under);
      }
    }
    return ratios;
  }

  /**
   * A table with one row per n found in any column and one column per series; missing cells
   * show {@code -}.
   */
  static String table(
      List<String> names, List<SortedMap<Integer, Double>> columns, Formatter format) {
    TreeSet<Integer> sizes = new TreeSet<>();
    columns.forEach(column -> sizes.addAll(column.keySet()));
    List<String> header = new ArrayList<>();
    header.add("n");
    header.addAll(names);
    MarkdownTable table = MarkdownTable.numeric(header);
    for (int n : sizes) {
      List<String> cells = new ArrayList<>();
      cells.add(Format.users(n));
      for (SortedMap<Integer, Double> column : columns) {
        Double value = column.get(n);
        cells.add(value == null ? "-" : format.apply(value));
      }
      table.row(cells);
    }
    return table.render();
  }

  /** The smallest value of a series, {@code NaN} when empty. */
  static double min(SortedMap<Integer, Double> series) {
    return series.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  /** The largest value of a series, {@code NaN} when empty. */
  static double max(SortedMap<Integer, Double> series) {
    return series.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** Writes one cell of a table. */
  @FunctionalInterface
  interface Formatter {
    String apply(double value);
  }
}
