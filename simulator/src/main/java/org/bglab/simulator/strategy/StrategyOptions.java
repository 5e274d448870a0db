package org.bglab.simulator.strategy;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings a strategy may take when it is created by name. Each strategy reads the ones it
 * needs and ignores the rest.
 *
 * @param batchSize users per update call for {@code batched}, at least 1
 * @param canaryShare the share of traffic {@code canary} sends to green first, in (0, 1]
 * @param linearStep the share of traffic each step of {@code linear} adds, in (0, 1]
 * @param linearInterval how long {@code linear} watches green after each step before the next
 * @param bakeTime how long {@code canary} watches green after its first shift before moving the
 *     rest; a simulation also watches this long after the last shift of any strategy
 * @param proxyNodes the proxy nodes that every write reaches users through when the routing state
 *     is copied to proxies ({@link org.bglab.simulator.model.RoutingModel#PROXIES})
 */
public record StrategyOptions(
    int batchSize,
    double canaryShare,
    double linearStep,
    Duration linearInterval,
    Duration bakeTime,
    int proxyNodes) {

  /** The default batch size, 100 users per call. */
  public static final int DEFAULT_BATCH_SIZE = 100;
  /** The default canary share, 10% of the traffic. */
  public static final double DEFAULT_CANARY_SHARE = 0.1;
  /** The default linear step, 10% of the traffic per step. */
  public static final double DEFAULT_LINEAR_STEP = 0.1;
  /** The default interval between the steps of linear, 3 seconds. */
  public static final Duration DEFAULT_LINEAR_INTERVAL = Duration.ofSeconds(3);
  /** The default bake time, 10 seconds. */
  public static final Duration DEFAULT_BAKE_TIME = Duration.ofSeconds(10);
  /** The default number of proxy nodes, 10. */
  public static final int DEFAULT_PROXY_NODES = 10;
  /** The most proxy nodes a run may have (every write may schedule one event per node). */
  public static final int MAX_PROXY_NODES = 100_000;

  /** The defaults of every option. */
  public static final StrategyOptions DEFAULTS = new StrategyOptions(DEFAULT_BATCH_SIZE);

  /**
   * Validates the options.
   *
   * @param batchSize users per update call for {@code batched}, at least 1
   * @throws IllegalArgumentException when {@code batchSize} is less than 1
   */
  public StrategyOptions {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    requireShare("canary share", canaryShare);
    requireShare("linear step", linearStep);
    requireWait("linear interval", linearInterval);
    requireWait("bake time", bakeTime);
    if (proxyNodes < 1 || proxyNodes > MAX_PROXY_NODES) {
      throw new IllegalArgumentException(
          "proxy nodes must be 1.." + MAX_PROXY_NODES + ", got " + proxyNodes);
    }
  }

  /** The defaults with another batch size. */
  public StrategyOptions(int batchSize) {
    this(batchSize, DEFAULT_CANARY_SHARE, DEFAULT_LINEAR_STEP, DEFAULT_LINEAR_INTERVAL,
        DEFAULT_BAKE_TIME, DEFAULT_PROXY_NODES);
  }

  private static void requireWait(String name, Duration wait) {
    Objects.requireNonNull(wait, name);
    if (wait.isNegative()) {
      throw new IllegalArgumentException(name + " cannot be negative, got " + wait);
    }
  }

  private static void requireShare(String name, double share) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException(name + " must be above 0 and at most 1, got " + share);
    }
  }

  /** These options with another canary share. */
  public StrategyOptions withCanaryShare(double share) {
    return new StrategyOptions(
        batchSize, share, linearStep, linearInterval, bakeTime, proxyNodes);
  }

  /** These options with another linear step. */
  public StrategyOptions withLinearStep(double step) {
    return new StrategyOptions(
        batchSize, canaryShare, step, linearInterval, bakeTime, proxyNodes);
  }

  /** These options with another interval between linear steps. */
  public StrategyOptions withLinearInterval(Duration interval) {
    return new StrategyOptions(
        batchSize, canaryShare, linearStep, interval, bakeTime, proxyNodes);
  }

  /** These options with another bake time. */
  public StrategyOptions withBakeTime(Duration bake) {
    return new StrategyOptions(batchSize, canaryShare, linearStep, linearInterval, bake, proxyNodes);
  }

  /** These options with another number of proxy nodes. */
  public StrategyOptions withProxyNodes(int nodes) {
    return new StrategyOptions(
        batchSize, canaryShare, linearStep, linearInterval, bakeTime, nodes);
  }
}
