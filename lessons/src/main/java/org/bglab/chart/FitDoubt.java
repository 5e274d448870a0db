package org.bglab.chart;

import java.util.Optional;
import org.bglab.simulator.lab.CandidateFit;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.ComplexityFitter;

/**
 * Why a complexity fit should not be read as a verdict: its error is above {@link #MAX_ERROR}, or
 * the runner-up class fits within the fitter's tie rule. Such a fit is marked {@value #MARK} in
 * the chart's legend and explained in the fits CSV. A series that the chosen class explains
 * exactly is never in doubt: a more complex class matching it too does so with a coefficient of
 * zero, the same curve.
 */
public final class FitDoubt {

  /** The largest normalised error of a fit read as sure. */
  public static final double MAX_ERROR = 0.10;
  /** What marks an unsure fit in a legend. */
  public static final String MARK = "(unsure)";

  /** Errors below this are exact fits, up to rounding. */
  private static final double EXACT = 1e-9;

  private FitDoubt() {}

  /** The reason to doubt {@code fit}, if there is one. */
  public static Optional<String> of(ComplexityFit fit) {
    double error = fit.best().error();
    if (error > MAX_ERROR) {
      return Optional.of("error " + percent(error) + " is above " + percent(MAX_ERROR));
    }
    CandidateFit second = fit.runnerUp();
    double smallest = fit.candidates().stream().mapToDouble(CandidateFit::error).min()
        .orElse(error);
    double tie = smallest * (1 + ComplexityFitter.RELATIVE_TIE) + ComplexityFitter.ABSOLUTE_TIE;
    if (second != null && error > EXACT && second.error() <= tie) {
      return Optional.of("the runner-up " + second.complexityClass().label() + " fits about as"
          + " well (error " + percent(second.error()) + " against " + percent(error) + ")");
    }
    return Optional.empty();
  }

  private static String percent(double share) {
    return CsvValues.significant(100 * share, 3) + "%";
  }
}
