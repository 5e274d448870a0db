package org.bglab.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bglab.simulator.lab.SwitchMeasurement;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.junit.jupiter.api.Test;

/** The growth table without the command line: which sizes are measured, and how rows pair up. */
class GrowthTableTest {

  private static List<SwitchStrategy<?>> strategies(int batchSize) {
    StrategyOptions options = new StrategyOptions(batchSize);
    return GrowthTable.STRATEGIES.stream()
        .<SwitchStrategy<?>>map(name -> Strategies.create(name, options)).toList();
  }

  @Test
  void oneRowPerSizeInTheOrderAskedEachSizeOnce() {
    GrowthTable table = GrowthTable.measure(List.of(50, 5, 50), strategies(7), false);
    assertEquals(List.of(50, 5), table.sizes());
    assertEquals(List.of(50, 5), table.rows().stream().map(GrowthTable.Row::users).toList());
    assertEquals(List.of(5, 50), table.fitSizes());
  }

  @Test
  void eachRowHoldsEveryStrategyAtItsSizeInColumnOrder() {
    GrowthTable table = GrowthTable.measure(List.of(1000, 10), strategies(100), false);
    GrowthTable.Row first = table.rows().get(0);
    assertEquals(List.of("per-user", "batched", "pointer-swap"),
        first.byStrategy().stream().map(SwitchMeasurement::strategy).toList());
    assertEquals(List.of(1000, 1000, 1000),
        first.byStrategy().stream().map(SwitchMeasurement::users).toList());
    // per-user: n writes in n calls; batched: n writes in ceil(n/b) calls; pointer-swap: 1 and 1
    assertEquals(List.of(1000L, 1000L, 1000L, 10L, 1L, 1L), first.byStrategy().stream()
        .flatMap(run -> List.of(run.counts().operations(), run.counts().updateCalls()).stream())
        .toList());
    assertEquals(List.of(1000, 1000, 1000, 10, 10, 10),
        table.measurements().stream().map(SwitchMeasurement::users).toList());
  }

  @Test
  void aFitIsMadeOverTheOneTwoFiveSizesBetweenTheRows() {
    GrowthTable table = GrowthTable.measure(List.of(10, 100, 1000), strategies(100), true);
    assertEquals(List.of(10, 20, 50, 100, 200, 500, 1000), table.fitSizes());
    assertEquals(3, table.rows().size());
    assertEquals(List.of("per-user operations", "per-user calls", "batched operations",
        "batched calls", "pointer-swap operations", "pointer-swap calls"),
        List.copyOf(table.fits().keySet()));
    assertEquals(List.of("O(n)", "O(n)", "O(n)", "O(n)", "O(1)", "O(1)"), table.fits().values()
        .stream().map(fit -> fit.complexityClass().label()).toList());
  }

  @Test
  void fitSizesKeepOddSizesGivenBesideTheSeries() {
    assertEquals(List.of(3, 5, 10, 20, 50, 70), GrowthTable.fitSizes(List.of(70, 3)));
  }
}
