package org.bglab.jmh;

import java.util.Map;

/**
 * One result of a JMH run: a benchmark method at one set of parameters.
 *
 * @param benchmark the benchmark's full name, such as {@code org.bglab.benchmarks.x.Foo.bar}
 * @param mode the JMH mode, such as {@code avgt} or {@code thrpt}
 * @param params every parameter by name, in the file's order (the size {@code n} included)
 * @param score the primary score
 * @param error the primary score's 99.9% error half-width, {@code NaN} when JMH gave none
 * @param unit the primary score's unit, such as {@code ns/op} or {@code ops/s}
 * @param secondary the secondary scores by label, such as {@code perUser}
 * @param settings how the result was run: JMH and JVM versions, forks, iterations
 */
public record JmhResult(
    String benchmark,
    String mode,
    Map<String, String> params,
    double score,
    double error,
    String unit,
    Map<String, Double> secondary,
    String settings) {

  /** Copies the maps, keeping their order. */
  public JmhResult {
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    secondary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(secondary));
  }

  /** The parameter {@code name}, or {@code null} when the result has none by that name. */
  public String param(String name) {
    return params.get(name);
  }

  /** The benchmark class's simple name, such as {@code SwitchCostBenchmark}. */
  public String benchmarkClass() {
    return benchmarkClass(benchmark);
  }

  /** The simple name of the class of a full benchmark name such as {@code a.b.Foo.bar}. */
  public static String benchmarkClass(String benchmark) {
    String[] parts = benchmark.split("\\.");
    return parts.length >= 2 ? parts[parts.length - 2] : benchmark;
  }

  /** The benchmark method's name. */
  public String method() {
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  /** The class and method, such as {@code SwitchCostBenchmark.switchAllUsers}. */
  public String shortName() {
    return benchmark.contains(".") ? benchmarkClass() + "." + method() : benchmark;
  }
}
