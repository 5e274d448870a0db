package org.bglab.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.junit.jupiter.api.Test;

/** Which strategies a run switches with, and what running them returns, without picocli. */
class StrategyLineupTest {

  private final SimulationConfig config = SimulationConfig.of("batched", 1_000);

  private List<SwitchStrategy<?>> own(String... names) {
    List<SwitchStrategy<?>> own = new ArrayList<>();
    for (String name : names) {
      own.add(Strategies.create(name, config.options()));
    }
    return own;
  }

  private static List<String> names(StrategyLineup lineup) {
    return lineup.strategies().stream().<String>map(SwitchStrategy::name).toList();
  }

  @Test
  void aSingleRunUsesTheConfiguredStrategyOrTheOneOwnStrategy() {
    assertEquals(List.of("batched"), names(StrategyLineup.of(config, false, List.of())));
    assertEquals(List.of("canary"), names(StrategyLineup.of(config, false, own("canary"))));
  }

  @Test
  void aComparisonRunsEveryBuiltInThenTheOwnOnes() {
    List<String> expected = new ArrayList<>(Strategies.names());
    expected.add("linear");
    assertEquals(expected, names(StrategyLineup.of(config, true, own("linear"))));
  }

  @Test
  void twoOwnStrategiesWithoutAComparisonAreTheUsersToFix() {
    assertThrows(InputError.class, () -> StrategyLineup.of(config, false, own("canary", "linear")));
  }

  @Test
  void theRoutingStateNeededIsTheLargestOfTheLineup() {
    StrategyLineup lineup = StrategyLineup.of(config, true, List.of());
    long largest = lineup.strategies().stream().mapToLong(s -> s.routingBytes(1_000)).max()
        .orElseThrow();
    assertEquals(largest, lineup.routingBytes(1_000));
  }

  @Test
  void runReportsEachStrategyInLineupOrderAndSaysWhichStarts() {
    StrategyLineup lineup = StrategyLineup.of(config, true, List.of());
    List<String> started = new ArrayList<>();
    List<SimulationReport> reports = lineup.run(config, started::add);
    assertEquals(lineup.strategies().stream().<String>map(SwitchStrategy::label).toList(),
        started);
    assertEquals(names(lineup), reports.stream().map(SimulationReport::strategy).toList());
    assertEquals(1_000, reports.get(1).counts().entriesWritten());
  }
}
