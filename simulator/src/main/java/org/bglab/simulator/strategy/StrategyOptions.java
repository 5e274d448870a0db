package org.bglab.simulator.strategy;

/**
 * The settings a strategy may take when it is created by name.
 *
 * @param batchSize users per update call for {@code batched}, at least 1
 */
public record StrategyOptions(int batchSize) {

  /** The default batch size, 100 users per call. */
  public static final int DEFAULT_BATCH_SIZE = 100;

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
  }
}
