package org.bglab.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.bglab.simulator.lab.SizeSeries;
import org.bglab.simulator.lab.SweepMetric;
import org.junit.jupiter.api.Test;

class ChartNamesTest {

  private static final List<String> ALL = List.of("per-user", "batched", "pointer-swap");

  @Test
  void theDefaultsGiveThePlainName() {
    assertEquals("operations-vs-n", ChartNames.sweep(SweepMetric.OPERATIONS,
        SizeSeries.oneTwoFive(10, 10_000_000), ALL, List.of(100)));
    assertEquals("", ChartNames.pictureSuffix(false, 1600, 900));
  }

  @Test
  void everyArgumentThatChangesTheDataIsInTheName() {
    assertEquals("pointer-writes-vs-n_n10-1e5_per-user+pointer-swap_b10+1000",
        ChartNames.sweep(SweepMetric.POINTER_WRITES, SizeSeries.oneTwoFive(10, 100_000),
            List.of("per-user", "pointer-swap"), List.of(10, 1000)));
    assertEquals("calls-vs-n_n2e3-5e6", ChartNames.sweep(SweepMetric.CALLS,
        SizeSeries.oneTwoFive(2000, 5_000_000), ALL, List.of(100)));
    assertEquals("calls-vs-n_n1234", ChartNames.sweep(SweepMetric.CALLS, List.of(1234), ALL,
        List.of(100)));
  }

  @Test
  void listsThatAreNotARangeGetTheirOwnName() {
    String a = ChartNames.sweep(SweepMetric.CALLS, List.of(10, 100, 1000), ALL, List.of(100));
    String b = ChartNames.sweep(SweepMetric.CALLS, List.of(10, 200, 1000), ALL, List.of(100));
    assertNotEquals(a, b);
    assertEquals(a, ChartNames.sweep(SweepMetric.CALLS, List.of(1000, 10, 100, 10), ALL,
        List.of(100)), "order and repeats do not change what is measured");
  }

  @Test
  void drawingOptionsGoIntoPictureNamesOnly() {
    assertEquals("_linear_800x600", ChartNames.pictureSuffix(true, 800, 600));
    assertEquals("_1600x1000", ChartNames.pictureSuffix(false, 1600, 1000));
  }

  @Test
  void namesFromFilesAreSafe() {
    assertEquals("jmh-result", ChartNames.safe(ChartNames.stem("jmh-result.json")));
    assertEquals("my-bench-2", ChartNames.safe("My Bench (2)"));
    assertEquals("us-op", ChartNames.safe("us/op"));
  }
}
