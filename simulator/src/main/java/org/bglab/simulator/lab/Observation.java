package org.bglab.simulator.lab;

/**
 * One measured point of a series: the value of a metric at size {@code n}.
 *
 * @param n the size, such as the number of users; positive
 * @param value what was measured at that size
 */
public record Observation(double n, double value) {

  /** Validates the point. */
  public Observation {
    if (!(n > 0) || Double.isInfinite(n)) {
      throw new IllegalArgumentException("a size must be a positive number, got " + n);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a measured value must be finite, got " + value);
    }
  }
}
