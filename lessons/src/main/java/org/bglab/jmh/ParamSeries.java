package org.bglab.jmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.ToDoubleFunction;

/**
 * One score of a benchmark across {@code n}, one series per value of the parameter that picks
 * the implementation (an enum {@code @Param} in the benchmark class, named here as JMH writes it).
 */
final class ParamSeries {

  private final Map<String, SortedMap<Integer, Double>> series;

  private ParamSeries(Map<String, SortedMap<Integer, Double>> series) {
    this.series = series;
  }

  /**
   * The {@code score} of {@code benchmark}'s results by the value of their parameter {@code key},
   * one series per name in {@code values}, in that order.
   */
  static ParamSeries of(List<JmhResult> results, String benchmark, String key,
      List<String> values, ToDoubleFunction<JmhResult> score) {
    Map<String, SortedMap<Integer, Double>> series = new LinkedHashMap<>();
    for (String value : values) {
      series.put(value, ResultSeries.byUsers(results, benchmark, key, value, score));
    }
    return new ParamSeries(series);
  }

  /** The series of one value, empty when the run did not measure it. */
  SortedMap<Integer, Double> get(String value) {
    return series.get(value);
  }

  /** A table with one column per value, in the order given. */
  String table(ResultSeries.Formatter format) {
    return ResultSeries.table(new ArrayList<>(series.keySet()), new ArrayList<>(series.values()),
        format);
  }
}
