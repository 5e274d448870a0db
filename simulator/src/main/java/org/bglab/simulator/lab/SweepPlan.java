package org.bglab.simulator.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * What a sweep runs: each strategy at each size, each strategy its own series. Two instances of
 * one strategy with different settings (such as two batch sizes) are two series.
 *
 * @param strategies the strategies, in the order their series are reported; kept without two of
 *     the same label
 * @param sizes user counts; kept ascending and without repeats
 */
public record SweepPlan(List<SwitchStrategy<?>> strategies, List<Integer> sizes) {

  /**
   * Validates and normalises the plan.
   *
   * @throws IllegalArgumentException on an empty list or a size below 1
   */
  public SweepPlan {
    if (strategies.isEmpty() || sizes.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one strategy and size");
    }
    List<String> labels = new ArrayList<>();
    List<SwitchStrategy<?>> distinct = new ArrayList<>();
    for (SwitchStrategy<?> strategy : strategies) {
      String label = Objects.requireNonNull(strategy, "strategy").label();
      if (!labels.contains(label)) {
        labels.add(label);
        distinct.add(strategy);
      }
    }
    strategies = List.copyOf(distinct);
    if (sizes.stream().anyMatch(n -> n < 1)) {
      throw new IllegalArgumentException("sizes must be at least 1, got " + sizes);
    }
    sizes = List.copyOf(new TreeSet<>(sizes));
  }

  /**
   * A plan of built-in strategies by name, each created once per batch size; a strategy whose
   * label does not depend on the batch size is one series.
   *
   * @throws IllegalArgumentException on an unknown name, an empty list, a size or batch size
   *     below 1
   */
  public static SweepPlan of(List<String> names, List<Integer> sizes, List<Integer> batchSizes) {
    if (batchSizes.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one batch size");
    }
    List<SwitchStrategy<?>> strategies = new ArrayList<>();
    for (String name : names) {
      batchSizes.forEach(b -> strategies.add(Strategies.create(name, new StrategyOptions(b))));
    }
    return new SweepPlan(strategies, sizes);
  }

  /** One series of the sweep: one strategy with its own settings. */
  public record Series(SwitchStrategy<?> strategy) {

    /** The series name: the strategy's label, such as {@code batched (b=100)}. */
    public String label() {
      return strategy.label();
    }

    /** The strategy's name, such as {@code batched}. */
    public String name() {
      return strategy.name();
    }
  }

  /** Every series, in plan order. */
  public List<Series> series() {
    return strategies.stream().map(Series::new).toList();
  }

  /** The work of the whole sweep in users switched, for progress reports. */
  public long work() {
    long perSeries = sizes.stream().mapToLong(n -> n).sum();
    return perSeries * strategies.size();
  }
}
