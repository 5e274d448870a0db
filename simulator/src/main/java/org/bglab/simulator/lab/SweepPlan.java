package org.bglab.simulator.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;

/**
 * What a sweep runs: each strategy at each size; a strategy that sends batches runs once per
 * batch size, each run its own series.
 *
 * @param strategies strategy names, in the order their series are reported
 * @param sizes user counts; kept ascending and without repeats
 * @param batchSizes users per update call, one series of each batched strategy per value; kept
 *     in the given order without repeats
 */
public record SweepPlan(List<String> strategies, List<Integer> sizes, List<Integer> batchSizes) {

  /**
   * Validates and normalises the plan.
   *
   * @throws IllegalArgumentException on an empty list, an unknown strategy, a size or batch size
   *     below 1
   */
  public SweepPlan {
    if (strategies.isEmpty() || sizes.isEmpty() || batchSizes.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one strategy, size and batch size");
    }
    strategies = List.copyOf(strategies.stream().distinct().toList());
    strategies.forEach(name -> Strategies.create(name, StrategyOptions.DEFAULTS));
    if (sizes.stream().anyMatch(n -> n < 1)) {
      throw new IllegalArgumentException("sizes must be at least 1, got " + sizes);
    }
    sizes = List.copyOf(new TreeSet<>(sizes));
    batchSizes = List.copyOf(batchSizes.stream().distinct().toList());
    batchSizes.forEach(StrategyOptions::new);
  }

  /** One series of the sweep: a strategy and the batch size it runs with (0 for none). */
  public record Series(String strategy, int batchSize) {

    /** The series name, such as {@code per-user} or {@code batched (b=100)}. */
    public String label() {
      return SwitchMeasurement.seriesLabel(strategy, batchSize);
    }

    /** The strategy options of this series: the defaults, with its batch size if it has one. */
    public StrategyOptions options() {
      return batchSize > 0 ? new StrategyOptions(batchSize) : StrategyOptions.DEFAULTS;
    }
  }

  /** Every series, strategies in plan order, a batched strategy once per batch size. */
  public List<Series> series() {
    List<Series> series = new ArrayList<>();
    for (String strategy : strategies) {
      if (takesBatchSize(strategy)) {
        batchSizes.forEach(batch -> series.add(new Series(strategy, batch)));
      } else {
        series.add(new Series(strategy, 0));
      }
    }
    return List.copyOf(series);
  }

  /** The work of the whole sweep in users switched, for progress reports. */
  public long work() {
    long perSeries = sizes.stream().mapToLong(n -> n).sum();
    return perSeries * series().size();
  }

  private static boolean takesBatchSize(String strategy) {
    return Strategies.create(strategy, StrategyOptions.DEFAULTS) instanceof BatchedSwitch;
  }
}
