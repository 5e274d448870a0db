package org.bglab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bglab.output.CsvOutput;
import org.bglab.simulator.lab.ComplexityClass;
import org.bglab.simulator.lab.SizeSeries;
import org.bglab.simulator.lab.Sweep;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SweepPlan;
import org.bglab.simulator.lab.SweepProgress;
import org.bglab.simulator.lab.SwitchTimer;
import org.junit.jupiter.api.Test;

class MetricTableTest {

  private static MetricTable sweep(SweepMetric metric) {
    SweepPlan plan = SweepPlan.of(List.of("per-user", "batched", "pointer-swap"),
        SizeSeries.oneTwoFive(10, 10_000), List.of(10, 1000));
    return MetricTable.of(metric, Sweep.run(plan, SwitchTimer.NONE, SweepProgress.NONE));
  }

  private static String csv(MetricTable table) {
    return CsvOutput.render(table.csvColumns(), table.csvRows());
  }

  @Test
  void holdsOneRowPerSeriesAndSize() {
    MetricTable table = sweep(SweepMetric.CALLS);
    assertEquals(List.of("per-user", "batched (b=10)", "batched (b=1000)", "pointer-swap"),
        table.seriesNames());
    assertEquals(4 * 10, table.rows().size());
    assertTrue(csv(table).startsWith("series,strategy,batchSize,n,updateCalls\n"), csv(table));
    assertTrue(csv(table).contains("\nbatched (b=10),batched,10,5000,500\n"), csv(table));
    assertTrue(csv(table).contains("\npointer-swap,pointer-swap,,10000,1\n"), csv(table));
  }

  @Test
  void readsBackWhatItWrote() {
    for (SweepMetric metric : List.of(SweepMetric.OPERATIONS, SweepMetric.MEMORY)) {
      MetricTable table = sweep(metric);
      assertEquals(table, MetricTable.parse(csv(table), "t.csv"));
    }
  }

  @Test
  void fitsEverySeries() {
    var fits = sweep(SweepMetric.CALLS).fits();
    assertEquals(ComplexityClass.LINEAR, fits.get("per-user").complexityClass());
    assertEquals(ComplexityClass.LINEAR, fits.get("batched (b=10)").complexityClass());
    assertEquals(ComplexityClass.CONSTANT, fits.get("pointer-swap").complexityClass());
  }

  @Test
  void namesTheFileAndLineOfBadData() {
    String text = "series,strategy,batchSize,n,operations\nper-user,per-user,,10,10\n"
        + "per-user,per-user,,twenty,20\n";
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> MetricTable.parse(text, "ops.csv"));
    assertEquals("ops.csv:3: n must be a number, got 'twenty'", error.getMessage());

    IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
        () -> MetricTable.parse("a,b\n1,2\n", "x.csv"));
    assertTrue(header.getMessage().startsWith("x.csv:1: not a bglab chart CSV"), header.getMessage());

    IllegalArgumentException metric = assertThrows(IllegalArgumentException.class,
        () -> MetricTable.parse("series,strategy,batchSize,n,speed\nx,y,,1,1\n", "y.csv"));
    assertTrue(metric.getMessage().contains("unknown metric column 'speed'"), metric.getMessage());

    IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
        () -> MetricTable.parse("series,strategy,batchSize,n,calls\nx,y,,1\n", "z.csv"));
    assertTrue(width.getMessage().startsWith("z.csv:2: expected 5 values"), width.getMessage());
  }
}
