package org.bglab.simulator.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class ComplexityFitterTest {

  /** 10 to 10^7, 1-2-5 per decade: the sizes of the default chart. */
  private static final List<Integer> SIZES = SizeSeries.oneTwoFive(10, 10_000_000);

  private static List<Observation> series(List<Integer> sizes, DoubleUnaryOperator f) {
    List<Observation> points = new ArrayList<>();
    for (int n : sizes) {
      points.add(new Observation(n, f.applyAsDouble(n)));
    }
    return points;
  }

  private static double log2(double n) {
    return Math.log(n) / Math.log(2);
  }

  private static void assertFit(ComplexityFit fit, ComplexityClass expected, double coefficient) {
    assertEquals(expected, fit.complexityClass(), fit.candidates().toString());
    assertEquals(coefficient, fit.best().coefficient(), Math.abs(coefficient) * 1e-6 + 1e-9);
  }

  @Test
  void recoversExactLinear() {
    ComplexityFit fit = ComplexityFitter.fit(series(SIZES, n -> 3 * n));
    assertFit(fit, ComplexityClass.LINEAR, 3);
    assertEquals(0, fit.best().intercept(), 1e-6);
    assertEquals(0, fit.best().error(), 1e-9);
    assertEquals(0, fit.best().normalisedRms(), 1e-9);
    assertTrue(fit.warnings().isEmpty(), fit.warnings().toString());
  }

  @Test
  void recoversExactConstant() {
    ComplexityFit fit = ComplexityFitter.fit(series(SIZES, n -> 7));
    assertFit(fit, ComplexityClass.CONSTANT, 0);
    assertEquals(7, fit.best().intercept(), 1e-9);
  }

  @Test
  void recoversExactLinearithmic() {
    ComplexityFit fit = ComplexityFitter.fit(series(SIZES, n -> 5 * n * log2(n)));
    assertFit(fit, ComplexityClass.LINEARITHMIC, 5);
  }

  @Test
  void recoversExactQuadraticAndCubicAndLogarithmic() {
    assertFit(ComplexityFitter.fit(series(SIZES, n -> n * n)), ComplexityClass.QUADRATIC, 1);
    assertFit(ComplexityFitter.fit(series(SizeSeries.oneTwoFive(10, 100_000), n -> 2 * n * n * n)),
        ComplexityClass.CUBIC, 2);
    assertFit(ComplexityFitter.fit(series(SIZES, n -> 4 * log2(n) + 11)),
        ComplexityClass.LOGARITHMIC, 4);
  }

  @Test
  void anInterceptDoesNotHideLinearGrowth() {
    ComplexityFit fit = ComplexityFitter.fit(series(SIZES, n -> n / 100 + 4000));
    assertFit(fit, ComplexityClass.LINEAR, 0.01);
    assertEquals(4000, fit.best().intercept(), 1e-6);
    // the next best class is far behind: the verdict is clear, not a tie
    assertTrue(fit.runnerUp().error() > ComplexityFitter.ABSOLUTE_TIE, fit.toString());
  }

  @Test
  void batchedCallCountsWithTheirFloorOfOneCallAreLinear() {
    for (int batch : new int[] {10, 100, 1000, 10_000}) {
      ComplexityFit fit = ComplexityFitter.fit(series(SIZES, n -> Math.ceil(n / batch)));
      assertEquals(ComplexityClass.LINEAR, fit.complexityClass(), "b=" + batch + " " + fit);
    }
  }

  /** Measurement noise of 2% on every point, as a benchmark might show. */
  @Test
  void aFloorAtTheStartIsSkippedAndSaid() {
    List<Integer> sizes = SizeSeries.oneTwoFive(10, 100_000);
    ComplexityFit fit = ComplexityFitter.fit(series(sizes, n -> Math.ceil(n / 1000)));
    assertEquals(ComplexityClass.LINEAR, fit.complexityClass(), fit.toString());
    assertEquals(0.001, fit.best().coefficient(), 1e-9);
    assertEquals(new FitWarning.Floor(1, 10, 1000), fit.warnings().get(0), fit.warnings().toString());
  }

  @Test
  void aFloorIsKeptWhenTooFewPointsFollowIt() {
    // 1, 1, 10: skipping the floor would leave two points, which every class fits exactly
    ComplexityFit fit = ComplexityFitter.fit(series(List.of(10, 100, 1000), n -> Math.ceil(n / 100)));
    assertTrue(fit.warnings().stream().noneMatch(FitWarning.Floor.class::isInstance), fit.warnings().toString());
  }

  @Test
  void theOrderOfThePointsDoesNotMatter() {
    List<Observation> ascending = series(SIZES, n -> Math.ceil(n / 100));
    List<Observation> shuffled = new ArrayList<>(ascending);
    java.util.Collections.shuffle(shuffled, new Random(3));
    assertEquals(ComplexityFitter.fit(ascending), ComplexityFitter.fit(shuffled));
  }

  @Test
  void recoversClassesUnderMultiplicativeNoise() {
    record Case(ComplexityClass expected, double coefficient, DoubleUnaryOperator f) {}
    List<Case> cases = List.of(
        new Case(ComplexityClass.LINEAR, 3, n -> 3 * n),
        new Case(ComplexityClass.LINEAR, 0.01, n -> n / 100 + 4000),
        new Case(ComplexityClass.LINEARITHMIC, 5, n -> 5 * n * log2(n)),
        new Case(ComplexityClass.QUADRATIC, 1, n -> n * n),
        new Case(ComplexityClass.CONSTANT, 0, n -> 7));
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      for (Case c : cases) {
        ComplexityFit fit = ComplexityFitter.fit(
            series(SIZES, n -> c.f().applyAsDouble(n) * (1 + 0.02 * random.nextGaussian())));
        assertEquals(c.expected(), fit.complexityClass(), "seed " + seed + ": " + fit);
        assertEquals(c.coefficient(), fit.best().coefficient(), c.coefficient() * 0.1 + 1e-9,
            "seed " + seed + ": " + fit);
      }
    });
  }

  @Test
  void aNoisyConstantIsNotCalledLogarithmic() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      ComplexityFit fit = ComplexityFitter.fit(series(SIZES, n -> 50 + random.nextGaussian()));
      assertEquals(ComplexityClass.CONSTANT, fit.complexityClass(), "seed " + seed + ": " + fit);
      assertTrue(fit.candidate(ComplexityClass.LOGARITHMIC).error() <= fit.best().error(),
          "the more flexible class fits at least as closely, yet loses the tie");
    });
  }

  @Test
  void reportsEveryCandidateInClassOrder() {
    ComplexityFit fit = ComplexityFitter.fit(series(SIZES, n -> n));
    assertEquals(List.of(ComplexityClass.values()),
        fit.candidates().stream().map(CandidateFit::complexityClass).toList());
    for (CandidateFit candidate : fit.candidates()) {
      assertTrue(candidate.coefficient() >= 0, candidate.toString());
      assertTrue(candidate.error() >= 0 && candidate.normalisedRms() >= 0, candidate.toString());
    }
    assertTrue(fit.candidate(ComplexityClass.QUADRATIC).error() > 0.1, fit.toString());
  }

  @Test
  void anAllZeroSeriesIsAnExactConstant() {
    ComplexityFit fit = ComplexityFitter.fit(series(SIZES, n -> 0));
    assertFit(fit, ComplexityClass.CONSTANT, 0);
    assertEquals(0, fit.best().intercept());
    assertEquals(0, fit.best().error());
  }

  @Test
  void aFallingSeriesIsFittedAsAConstantNotANegativeGrowth() {
    ComplexityFit fit = ComplexityFitter.fit(series(SIZES, n -> 1e8 - n));
    assertEquals(ComplexityClass.CONSTANT, fit.complexityClass(), fit.toString());
    fit.candidates().forEach(c -> assertTrue(c.coefficient() >= 0, c.toString()));
  }

  @Test
  void warnsWhenThereAreTooFewSizesOrTooNarrowARange() {
    ComplexityFit three = ComplexityFitter.fit(series(List.of(10, 100, 1000), n -> n));
    assertEquals(ComplexityClass.LINEAR, three.complexityClass());
    assertEquals(1, three.warnings().size(), three.warnings().toString());
    assertEquals(new FitWarning.FewSizes(3, ComplexityFitter.MIN_SIZES), three.warnings().get(0));

    ComplexityFit narrow = ComplexityFitter.fit(series(List.of(100, 200, 300, 400, 500), n -> n));
    assertEquals(1, narrow.warnings().size(), narrow.warnings().toString());
    assertEquals(new FitWarning.NarrowSpan(100, 500), narrow.warnings().get(0));

    ComplexityFit single = ComplexityFitter.fit(series(List.of(1000), n -> 5));
    assertEquals(ComplexityClass.CONSTANT, single.complexityClass());
    assertEquals(List.of(new FitWarning.OneSize(1000)), single.warnings());

    assertFalse(ComplexityFitter.fit(series(SIZES, n -> n)).warnings().size() > 0);
  }

  @Test
  void refusesAnEmptySeries() {
    assertThrows(IllegalArgumentException.class, () -> ComplexityFitter.fit(List.of()));
  }
}
