package org.bglab.benchmarks.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.ToDoubleFunction;

/**
 * One score of a benchmark across {@code n}, one series per constant of the enum parameter that
 * picks the implementation.
 *
 * @param <E> the enum parameter's type
 */
final class EnumSeries<E extends Enum<E>> {

  private final Map<E, SortedMap<Integer, Double>> series;

  private EnumSeries(Map<E, SortedMap<Integer, Double>> series) {
    this.series = series;
  }

  /** The {@code score} of {@code benchmark}'s results, by the value of their parameter {@code key}. */
  static <E extends Enum<E>> EnumSeries<E> of(List<JmhResult> results, String benchmark,
      String key, Class<E> type, ToDoubleFunction<JmhResult> score) {
    Map<E, SortedMap<Integer, Double>> series = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      series.put(constant, ResultSeries.byUsers(results, benchmark, key, constant.name(), score));
    }
    return new EnumSeries<>(series);
  }

  /** The series of one constant, empty when the run did not measure it. */
  SortedMap<Integer, Double> get(E constant) {
    return series.get(constant);
  }

  /** A table with one column per constant, in declaration order. */
  String table(ResultSeries.Formatter format) {
    List<String> names = new ArrayList<>();
    series.keySet().forEach(constant -> names.add(constant.name()));
    return ResultSeries.table(names, new ArrayList<>(series.values()), format);
  }
}
