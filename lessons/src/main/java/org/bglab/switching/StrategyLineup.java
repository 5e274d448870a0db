package org.bglab.switching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bglab.simulator.engine.Simulation;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * The strategies one run switches with, in the order they are reported: the configured strategy
 * alone, or with a comparison every built-in strategy and then the user's own.
 *
 * @param strategies the strategies, at least one
 */
public record StrategyLineup(List<SwitchStrategy<?>> strategies) {

  /** Copies the list. */
  public StrategyLineup {
    strategies = List.copyOf(strategies);
  }

  /**
   * The lineup for {@code config}: with {@code compare}, every built-in strategy (with the
   * config's options) and then {@code own}; without, the one strategy of {@code own} when there is
   * one, else the config's strategy.
   *
   * @throws InputError when more than one own strategy is given without a comparison
   */
  public static StrategyLineup of(SimulationConfig config, boolean compare,
      List<SwitchStrategy<?>> own) {
    List<SwitchStrategy<?>> strategies = new ArrayList<>();
    if (compare) {
      Strategies.names().forEach(name -> strategies.add(Strategies.create(name, config.options())));
      strategies.addAll(own);
    } else if (own.size() > 1) {
      throw new InputError("give one --strategy-class, or add --compare to run them all");
    } else {
      strategies.add(own.isEmpty() ? config.strategy() : own.get(0));
    }
    return new StrategyLineup(strategies);
  }

  /**
   * The largest routing state any strategy of the lineup holds for {@code users}: what a run
   * needs, since it keeps one routing state at a time.
   */
  public long routingBytes(int users) {
    long bytes = 0;
    for (SwitchStrategy<?> each : strategies) {
      bytes = Math.max(bytes, each.routingBytes(users));
    }
    return bytes;
  }

  /**
   * Runs {@code config} with each strategy in turn, telling {@code starting} the label of each
   * before it runs.
   *
   * @return one report per strategy, in lineup order
   */
  public List<SimulationReport> run(SimulationConfig config, Consumer<String> starting) {
    List<SimulationReport> reports = new ArrayList<>();
    for (SwitchStrategy<?> each : strategies) {
      starting.accept(each.label());
      reports.add(Simulation.run(config.withStrategy(each)));
    }
    return List.copyOf(reports);
  }
}
