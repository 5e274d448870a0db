package org.bglab.growth;

import java.util.List;
import java.util.function.Function;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.PerUserSwitch;
import org.bglab.simulator.strategy.PointerSwap;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * What a growth sweep measures and how its charts are drawn.
 *
 * @param users the user counts
 * @param strategies the built-in strategies, by name
 * @param batchSizes the batch sizes: each strategy is swept once per batch size, and a strategy
 *     whose label does not change with it is one series
 * @param metrics one chart per metric, in this order
 * @param routing where the routing state lives for the time metric
 * @param layout how the charts are drawn
 * @param own strategies of a course, created for one batch size; each is swept after the
 *     built-in ones, once per batch size
 */
public record GrowthRequest(List<Integer> users, List<String> strategies,
    List<Integer> batchSizes, List<SweepMetric> metrics, RoutingModel routing,
    ChartLayout layout, Function<StrategyOptions, List<SwitchStrategy<?>>> own) {

  /** The strategies a growth sweep compares unless told otherwise. */
  public static final List<String> DEFAULT_STRATEGIES =
      List.of(PerUserSwitch.NAME, BatchedSwitch.NAME, PointerSwap.NAME);

  /** No strategy of a course. */
  public static final Function<StrategyOptions, List<SwitchStrategy<?>>> NONE = options -> List.of();

  /** Copies the lists. */
  public GrowthRequest {
    users = List.copyOf(users);
    strategies = List.copyOf(strategies);
    batchSizes = List.copyOf(batchSizes);
    metrics = List.copyOf(metrics);
  }

  /**
   * What {@code bglab chart} sweeps without options, for {@code metrics}: the default strategies
   * at 10 to 10^7 users, 1-2-5 per decade, batches of 100, proxies, drawn as by default.
   */
  public static GrowthRequest defaults(List<SweepMetric> metrics) {
    return new GrowthRequest(ChartNames.DEFAULT_USERS, DEFAULT_STRATEGIES,
        ChartNames.DEFAULT_BATCH_SIZES, metrics, RoutingModel.PROXIES, ChartLayout.DEFAULT, NONE);
  }

  /** This request at other user counts. */
  public GrowthRequest withUsers(List<Integer> other) {
    return new GrowthRequest(other, strategies, batchSizes, metrics, routing, layout, own);
  }
}
