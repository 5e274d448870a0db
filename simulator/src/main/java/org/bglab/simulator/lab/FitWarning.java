package org.bglab.simulator.lab;

/**
 * Why a complexity verdict may be unreliable, as facts with their numbers; saying it in words is
 * up to whoever shows the fit.
 */
public sealed interface FitWarning {

  /**
   * The series starts on a floor, the same value repeated before it rises, so the fit starts at
   * the floor's last point.
   *
   * @param value the value of the floor
   * @param fromN the smallest size
   * @param toN the last size on the floor, where the fit starts
   */
  record Floor(double value, double fromN, double toN) implements FitWarning {}

  /**
   * The series has one size only: growth cannot be seen.
   *
   * @param n that size
   */
  record OneSize(double n) implements FitWarning {}

  /**
   * The series has fewer distinct sizes than it takes to tell classes apart.
   *
   * @param sizes the distinct sizes it has
   * @param needed the fewest it takes ({@link ComplexityFitter#MIN_SIZES})
   */
  record FewSizes(long sizes, int needed) implements FitWarning {}

  /**
   * The sizes span less than {@link ComplexityFitter#MIN_SPAN} (two decades).
   *
   * @param smallest the smallest size fitted
   * @param largest the largest size fitted
   */
  record NarrowSpan(double smallest, double largest) implements FitWarning {}
}
