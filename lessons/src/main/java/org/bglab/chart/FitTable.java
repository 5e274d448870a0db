package org.bglab.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bglab.simulator.lab.CandidateFit;
import org.bglab.simulator.lab.ComplexityFit;

/**
 * The complexity fits of a chart's series as CSV rows: every candidate class of every series, with
 * its curve and errors, which one was chosen, and on the chosen row why it is unsure, if it is
 * (see {@link FitDoubt}).
 */
public final class FitTable {

  private FitTable() {}

  /** The CSV header. */
  public static List<String> csvColumns() {
    return List.of("series", "class", "chosen", "intercept", "coefficient", "error",
        "normalisedRms", "unsure");
  }

  /** One row per series and candidate class, numbers to six significant digits. */
  public static List<List<?>> csvRows(Map<String, ComplexityFit> fits) {
    List<List<?>> rows = new ArrayList<>();
    fits.forEach((series, fit) -> {
      String doubt = FitDoubt.of(fit).orElse("");
      for (CandidateFit candidate : fit.candidates()) {
        boolean chosen = candidate.complexityClass() == fit.complexityClass();
        rows.add(List.of(series, candidate.complexityClass().label(), chosen ? "yes" : "",
            CsvValues.significant(candidate.intercept(), 6),
            CsvValues.significant(candidate.coefficient(), 6),
            CsvValues.significant(candidate.error(), 6),
            CsvValues.significant(candidate.normalisedRms(), 6), chosen ? doubt : ""));
      }
    });
    return rows;
  }
}
