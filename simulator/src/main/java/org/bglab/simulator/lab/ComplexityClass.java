package org.bglab.simulator.lab;

import java.util.function.DoubleUnaryOperator;

/**
 * The growth classes a measured series is fitted against, from the simplest to the steepest.
 * Logarithms are base 2, as in Google Benchmark; the base only scales the coefficient.
 */
public enum ComplexityClass {
  /** Constant: the same whatever {@code n} is. */
  CONSTANT("O(1)", "", n -> 1),
  /** Logarithmic. */
  LOGARITHMIC("O(log n)", "log2(n)", n -> log2(n)),
  /** Linear. */
  LINEAR("O(n)", "n", n -> n),
  /** Linearithmic. */
  LINEARITHMIC("O(n log n)", "n log2(n)", n -> n * log2(n)),
  /** Quadratic. */
  QUADRATIC("O(n^2)", "n^2", n -> n * n),
  /** Cubic. */
  CUBIC("O(n^3)", "n^3", n -> n * n * n);

  private final String label;
  private final String term;
  private final DoubleUnaryOperator growth;

  ComplexityClass(String label, String term, DoubleUnaryOperator growth) {
    this.label = label;
    this.term = term;
    this.growth = growth;
  }

  /** The class as bglab always writes it: {@code O(1)}, {@code O(log n)}, ... {@code O(n^3)}. */
  public String label() {
    return label;
  }

  /** The growth term {@code f(n)} as text, such as {@code n log2(n)}; empty for O(1). */
  public String term() {
    return term;
  }

  /** The growth function {@code f(n)} of the class; 1 for O(1). */
  public double growth(double n) {
    return growth.applyAsDouble(n);
  }

  /** The class whose label is {@code label}, such as {@code O(n log n)}. */
  public static ComplexityClass ofLabel(String label) {
    for (ComplexityClass complexity : values()) {
      if (complexity.label.equals(label)) {
        return complexity;
      }
    }
    throw new IllegalArgumentException("unknown complexity class '" + label + "'");
  }

  private static double log2(double n) {
    return Math.log(n) / Math.log(2);
  }
}
