package org.bglab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.ComplexityFitter;
import org.bglab.simulator.lab.FitWarning;
import org.bglab.simulator.lab.Observation;
import org.junit.jupiter.api.Test;

/** The fit warnings said in words: one sentence per kind, and each printed once. */
class FitReportTest {

  @Test
  void everyKindOfWarningHasItsSentence() {
    assertEquals("the values stay at 1 from n = 10 to 1000 (a floor, not growth): fitted from n = 1000 on",
        FitReport.sentence(new FitWarning.Floor(1, 10, 1000)));
    assertEquals("one size only (n = 10): growth cannot be seen", FitReport.sentence(new FitWarning.OneSize(10)));
    assertEquals("only 3 sizes: at least 4 are needed to tell growth classes apart",
        FitReport.sentence(new FitWarning.FewSizes(3, ComplexityFitter.MIN_SIZES)));
    assertEquals("sizes span only 10 to 50: at least two decades (x100) are needed to tell growth classes apart",
        FitReport.sentence(new FitWarning.NarrowSpan(10, 50)));
    assertEquals("sizes span only 0.500000 to 12.5000: at least two decades (x100) are needed to tell growth"
        + " classes apart", FitReport.sentence(new FitWarning.NarrowSpan(0.5, 12.5)));
  }

  private static ComplexityFit fit(List<Integer> sizes, boolean flat) {
    List<Observation> points = new ArrayList<>();
    for (int n : sizes) {
      points.add(new Observation(n, flat ? 7 : n));
    }
    return ComplexityFitter.fit(points);
  }

  @Test
  void aWarningEverySeriesSharesIsPrintedOnceAndAnyOtherNamesItsSeries() {
    Map<String, ComplexityFit> fits = new LinkedHashMap<>();
    fits.put("a", fit(List.of(10, 20, 50), false));
    fits.put("b", fit(List.of(10, 20, 50), true));
    fits.put("c", fit(List.of(10, 100, 1000, 10_000), false));
    assertEquals(List.of(
        "a: only 3 sizes: at least 4 are needed to tell growth classes apart",
        "a: sizes span only 10 to 50: at least two decades (x100) are needed to tell growth classes apart",
        "b: only 3 sizes: at least 4 are needed to tell growth classes apart",
        "b: sizes span only 10 to 50: at least two decades (x100) are needed to tell growth classes apart"),
        FitReport.warnings(fits).stream().filter(line -> !line.contains("unsure")).toList());
    fits.remove("c");
    assertEquals(List.of(
        "only 3 sizes: at least 4 are needed to tell growth classes apart",
        "sizes span only 10 to 50: at least two decades (x100) are needed to tell growth classes apart"),
        FitReport.warnings(fits).stream().filter(line -> !line.contains("unsure")).toList());
  }
}
