package org.bglab.simulator.lab;

/**
 * The best curve {@code y = intercept + coefficient * f(n)} of one complexity class through a
 * series, and how far the series lies from it.
 *
 * @param complexityClass the class whose growth term {@code f(n)} was fitted
 * @param intercept the constant part {@code a}; for O(1) the whole fitted value
 * @param coefficient the factor {@code b} of the growth term, never negative; 0 for O(1)
 * @param error the weighted normalised RMS error that classes are compared by (0 = exact)
 * @param normalisedRms Google Benchmark's measure: the RMS of the residuals divided by the mean
 *     of the series (0 when the series is all zeros and fitted exactly)
 */
public record CandidateFit(
    ComplexityClass complexityClass,
    double intercept,
    double coefficient,
    double error,
    double normalisedRms) {

  /** The fitted value at size {@code n}. */
  public double predict(double n) {
    return complexityClass == ComplexityClass.CONSTANT
        ? intercept
        : intercept + coefficient * complexityClass.growth(n);
  }
}
