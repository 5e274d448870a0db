package org.bglab.simulator.lab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fits a measured series against every {@link ComplexityClass} and picks the class that explains
 * it, in the manner of Google Benchmark's complexity report, with two changes.
 *
 * <p><b>An intercept.</b> Each class is fitted as {@code y = a + b * f(n)} by least squares, so a
 * series like {@code n/100 + 4000} (a fixed cost plus a small per-user cost) is recognised as
 * O(n); a fit through the origin, as Google Benchmark does, explains it badly. The coefficient
 * {@code b} may not be negative: a class whose best curve would fall as {@code n} grows is fitted
 * as a constant instead.
 *
 * <p><b>Weights.</b> Sizes span decades, so a plain least-squares fit is decided by the one or two
 * largest sizes alone, and a little noise there makes O(n) and O(n log n) indistinguishable. A
 * fully relative fit has the opposite flaw: it is decided by the flat start of series such as
 * {@code ceil(n/b)}. bglab weights each point by {@code y^-1.5}, between the two, when every value
 * is positive (plain least squares otherwise), and compares classes by the weighted normalised
 * RMS error {@code sqrt(sum(w r^2) / sum(w y^2))}. Google Benchmark's own measure, the RMS of the
 * residuals over the mean, is reported beside it.
 *
 * <p><b>Floors.</b> A count often sits on a floor at small sizes: a batched switch makes one call
 * for every {@code n} up to the batch size, then grows. When a series starts with the same value
 * repeated and only rises after it, the flat start is a floor, not growth: the fit starts at the
 * last point of the floor (when at least {@link #MIN_AFTER_FLOOR} points remain) and a warning
 * says so.
 *
 * <p><b>Ties.</b> A more complex class always has at least as many ways to bend towards the data,
 * so the chosen class is the simplest one whose error is within {@link #RELATIVE_TIE} of the
 * smallest error plus {@link #ABSOLUTE_TIE}: a constant series is O(1), not O(log n), and a few
 * percent of measurement noise does not promote a series to a steeper class.
 */
public final class ComplexityFitter {

  /** Errors within this share of the smallest error count as a tie. */
  public static final double RELATIVE_TIE = 0.2;
  /**
   * Errors within this much of the smallest error (two percentage points) also count as a tie:
   * differences that small are within the noise of a measurement.
   */
  public static final double ABSOLUTE_TIE = 0.02;
  /** Fewer distinct sizes than this draw a warning. */
  public static final int MIN_SIZES = 4;
  /** A ratio of largest to smallest size below this draws a warning: two decades. */
  public static final double MIN_SPAN = 100;

  /** A floor is skipped only when at least this many points remain to fit. */
  public static final int MIN_AFTER_FLOOR = 3;

  private static final double WEIGHT_EXPONENT = -1.5;

  private ComplexityFitter() {}

  /**
   * Fits {@code series} against every class.
   *
   * @throws IllegalArgumentException when the series is empty
   */
  public static ComplexityFit fit(List<Observation> series) {
    if (series.isEmpty()) {
      throw new IllegalArgumentException("cannot fit an empty series");
    }
    List<Observation> sorted = new ArrayList<>(series);
    sorted.sort(Comparator.comparingDouble(Observation::n));
    int start = floorEnd(sorted);
    List<Observation> fitted = sorted.subList(start, sorted.size());
    double[] weights = weights(fitted);
    List<CandidateFit> candidates = new ArrayList<>();
    for (ComplexityClass complexity : ComplexityClass.values()) {
      candidates.add(fitOne(complexity, fitted, weights));
    }
    List<FitWarning> warnings = new ArrayList<>();
    if (start > 0) {
      warnings.add(new FitWarning.Floor(sorted.get(0).value(), sorted.get(0).n(), fitted.get(0).n()));
    }
    warnings.addAll(warnings(fitted));
    return new ComplexityFit(candidates, choose(candidates), warnings);
  }

  /**
   * The index of the last point of a floor at the start of {@code sorted}: the first value
   * repeated, with no later value below it; 0 when there is none or too few points follow it.
   */
  private static int floorEnd(List<Observation> sorted) {
    double floor = sorted.get(0).value();
    int end = 0;
    while (end + 1 < sorted.size() && sorted.get(end + 1).value() == floor) {
      end++;
    }
    boolean rises = end + 1 < sorted.size();
    boolean neverBelow = sorted.stream().allMatch(point -> point.value() >= floor);
    return end > 0 && rises && neverBelow && sorted.size() - end >= MIN_AFTER_FLOOR ? end : 0;
  }

  private static double[] weights(List<Observation> series) {
    boolean positive = series.stream().allMatch(o -> o.value() > 0);
    double[] weights = new double[series.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = positive ? Math.pow(series.get(i).value(), WEIGHT_EXPONENT) : 1;
    }
    return weights;
  }

  private static CandidateFit fitOne(
      ComplexityClass complexity, List<Observation> series, double[] w) {
    int count = series.size();
    double[] x = new double[count];
    double totalWeight = 0;
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < count; i++) {
      x[i] = complexity.growth(series.get(i).n());
      totalWeight += w[i];
      meanX += w[i] * x[i];
      meanY += w[i] * series.get(i).value();
    }
    meanX /= totalWeight;
    meanY /= totalWeight;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < count; i++) {
      double dx = x[i] - meanX;
      sxx += w[i] * dx * dx;
      sxy += w[i] * dx * (series.get(i).value() - meanY);
    }
    double slope = complexity == ComplexityClass.CONSTANT || !(sxx > 0) ? 0 : sxy / sxx;
    if (slope < 0 || !Double.isFinite(slope)) {
      slope = 0;
    }
    double intercept = slope == 0 ? meanY : meanY - slope * meanX;
    return measure(complexity, intercept, slope, series, w);
  }

  private static CandidateFit measure(ComplexityClass complexity, double intercept, double slope,
      List<Observation> series, double[] w) {
    CandidateFit curve = new CandidateFit(complexity, intercept, slope, 0, 0);
    double weightedResidual = 0;
    double weightedScale = 0;
    double squares = 0;
    double sum = 0;
    for (int i = 0; i < series.size(); i++) {
      double y = series.get(i).value();
      double residual = y - curve.predict(series.get(i).n());
      weightedResidual += w[i] * residual * residual;
      weightedScale += w[i] * y * y;
      squares += residual * residual;
      sum += y;
    }
    double error = ratio(Math.sqrt(weightedResidual), Math.sqrt(weightedScale));
    double rms = ratio(Math.sqrt(squares / series.size()), Math.abs(sum / series.size()));
    return new CandidateFit(complexity, intercept, slope, error, rms);
  }

  /** {@code top / bottom}, with 0/0 as 0 (an all-zero series fitted exactly). */
  private static double ratio(double top, double bottom) {
    if (bottom == 0) {
      return top == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return top / bottom;
  }

  private static CandidateFit choose(List<CandidateFit> candidates) {
    double smallest = Double.POSITIVE_INFINITY;
    for (CandidateFit candidate : candidates) {
      smallest = Math.min(smallest, candidate.error());
    }
    double tie = smallest * (1 + RELATIVE_TIE) + ABSOLUTE_TIE;
    for (CandidateFit candidate : candidates) {
      if (candidate.error() <= tie) {
        return candidate;
      }
    }
    return candidates.get(0);
  }

  private static List<FitWarning> warnings(List<Observation> series) {
    double smallest = Double.POSITIVE_INFINITY;
    double largest = 0;
    for (Observation point : series) {
      smallest = Math.min(smallest, point.n());
      largest = Math.max(largest, point.n());
    }
    long sizes = series.stream().mapToDouble(Observation::n).distinct().count();
    List<FitWarning> warnings = new ArrayList<>();
    if (sizes == 1) {
      warnings.add(new FitWarning.OneSize(smallest));
      return warnings;
    }
    if (sizes < MIN_SIZES) {
      warnings.add(new FitWarning.FewSizes(sizes, MIN_SIZES));
    }
    if (largest / smallest < MIN_SPAN) {
      warnings.add(new FitWarning.NarrowSpan(smallest, largest));
    }
    return warnings;
  }
}
