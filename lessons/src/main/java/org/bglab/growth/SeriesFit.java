package org.bglab.growth;

import java.util.Optional;
import org.bglab.chart.FitDoubt;
import org.bglab.simulator.lab.ComplexityClass;
import org.bglab.simulator.lab.ComplexityFit;

/**
 * The complexity class that explains one series of a chart best, as a page shows it beside the
 * curve: the class, its error and, when the fit should not be read as a verdict, why.
 *
 * @param series the series' name, such as {@code batched (b=100)}
 * @param fit the fit of the series over every candidate class
 */
public record SeriesFit(String series, ComplexityFit fit) {

  /** The chosen class. */
  public ComplexityClass complexityClass() {
    return fit.complexityClass();
  }

  /** The chosen class's normalised error, from 0 up. */
  public double error() {
    return fit.best().error();
  }

  /** Why the chosen class is in doubt, if it is (see {@link FitDoubt}). */
  public Optional<String> doubt() {
    return FitDoubt.of(fit);
  }
}
