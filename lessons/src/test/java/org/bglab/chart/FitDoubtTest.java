package org.bglab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.ComplexityFitter;
import org.bglab.simulator.lab.Observation;
import org.junit.jupiter.api.Test;

class FitDoubtTest {

  /** A series at 10, 20, 50, ... 10^6, its i-th value {@code value(n) * wobble(i)}. */
  private static ComplexityFit fit(DoubleUnaryOperator value, DoubleUnaryOperator wobble) {
    List<Observation> points = new ArrayList<>();
    int i = 0;
    for (double decade = 10; decade <= 1e6; decade *= 10) {
      for (double step : new double[] {1, 2, 5}) {
        double n = decade * step;
        if (n <= 1e6) {
          points.add(new Observation(n, value.applyAsDouble(n) * wobble.applyAsDouble(i++)));
        }
      }
    }
    return ComplexityFitter.fit(points);
  }

  @Test
  void exactFitsAreSureEvenWhenEveryClassTiesWithZeroError() {
    assertEquals(Optional.empty(), FitDoubt.of(fit(n -> n, i -> 1)));
    assertEquals(Optional.empty(), FitDoubt.of(fit(n -> 1, i -> 1)));
  }

  @Test
  void aFitWithAnErrorAbove10PercentIsUnsure() {
    ComplexityFit noisy = fit(n -> n, i -> i % 2 == 0 ? 0.6 : 1.4);
    assertTrue(noisy.best().error() > FitDoubt.MAX_ERROR, "the data are noisy enough");
    assertTrue(FitDoubt.of(noisy).orElseThrow().startsWith("error "), FitDoubt.of(noisy).get());
  }

  @Test
  void aRunnerUpWithinTheTieRuleMakesAFitUnsure() {
    ComplexityFit between = fit(n -> n * Math.sqrt(Math.log(n)), i -> 1);
    assertTrue(between.best().error() <= FitDoubt.MAX_ERROR, "error " + between.best().error());
    assertTrue(FitDoubt.of(between).orElseThrow().startsWith("the runner-up "),
        FitDoubt.of(between).toString());
  }

  @Test
  void theLegendAndTheFitsCsvCarryTheMark() {
    ComplexityFit noisy = fit(n -> n, i -> i % 2 == 0 ? 0.6 : 1.4);
    List<List<?>> rows = FitTable.csvRows(Map.of("per-user", noisy));
    assertEquals("unsure", FitTable.csvColumns().get(FitTable.csvColumns().size() - 1));
    assertTrue(rows.stream().anyMatch(row -> row.get(2).equals("yes")
        && row.get(row.size() - 1).toString().startsWith("error ")));
    assertTrue(rows.stream().filter(row -> !row.get(2).equals("yes"))
        .allMatch(row -> row.get(row.size() - 1).equals("")));

    record Value(String series, double n, double value) implements SeriesRows.Row {}
    SeriesRows table = () -> List.of(new Value("per-user", 10, 6), new Value("per-user", 100, 140),
        new Value("per-user", 1000, 600), new Value("per-user", 10000, 14000));
    ChartSeries drawn = table.chartSeries(table.fits()).get(0);
    assertEquals(FitDoubt.of(table.fits().get("per-user")).isPresent(),
        drawn.legend().endsWith(" " + FitDoubt.MARK));
    assertTrue(drawn.legend().endsWith(" " + FitDoubt.MARK), drawn.legend());
  }
}
