package org.bglab.simulator.lab;

import java.util.List;

/**
 * The verdict on one series: every candidate class with its fit, the class chosen, and warnings
 * when the series cannot support a clear verdict.
 *
 * @param candidates one fit per {@link ComplexityClass}, in class order
 * @param best the chosen fit: the simplest class whose error ties with the smallest error
 * @param warnings why the verdict may be unreliable (too few points, too narrow a range); empty
 *     when there is nothing to warn about
 */
public record ComplexityFit(List<CandidateFit> candidates, CandidateFit best, List<FitWarning> warnings) {

  /** Copies the lists. */
  public ComplexityFit {
    candidates = List.copyOf(candidates);
    warnings = List.copyOf(warnings);
  }

  /** The chosen class. */
  public ComplexityClass complexityClass() {
    return best.complexityClass();
  }

  /** The fit of {@code complexityClass}. */
  public CandidateFit candidate(ComplexityClass complexityClass) {
    return candidates.get(complexityClass.ordinal());
  }

  /**
   * The best-fitting class other than the chosen one, for saying how clear the verdict was.
   */
  public CandidateFit runnerUp() {
    CandidateFit second = null;
    for (CandidateFit candidate : candidates) {
      if (candidate.complexityClass() != best.complexityClass()
          && (second == null || candidate.error() < second.error())) {
        second = candidate;
      }
    }
    return second;
  }
}
