package org.bglab.simulator.strategy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The strategies bglab knows, by name, in the order they are shown. Adding a strategy is one class
 * plus one line in {@link #REGISTRY}.
 */
public final class Strategies {

  private static final Map<String, Function<StrategyOptions, SwitchStrategy<?>>> REGISTRY =
      new LinkedHashMap<>();

  static {
    REGISTRY.put(PerUserSwitch.NAME, options -> new PerUserSwitch());
    REGISTRY.put(BatchedSwitch.NAME, options -> new BatchedSwitch(options.batchSize()));
    REGISTRY.put(PointerSwap.NAME, options -> new PointerSwap());
    REGISTRY.put(CanarySwitch.NAME, options ->
        new CanarySwitch(options.canaryShare(), options.bakeTime()));
    REGISTRY.put(LinearSwitch.NAME, options ->
        new LinearSwitch(options.linearStep(), options.linearInterval()));
  }

  private Strategies() {}

  /**
   * Every strategy name, in display order.
   *
   * @return the names, starting with {@code per-user}
   */
  public static List<String> names() {
    return List.copyOf(Collections.unmodifiableSet(REGISTRY.keySet()));
  }

  /**
   * Whether a strategy of that name exists.
   *
   * @param name a name as typed on the command line
   * @return {@code true} when {@link #create(String, StrategyOptions)} accepts it
   */
  public static boolean exists(String name) {
    return REGISTRY.containsKey(name);
  }

  /**
   * Creates the strategy called {@code name}.
   *
   * @param name one of {@link #names()}
   * @param options the settings of strategies that take any, such as the batch size
   * @return a new strategy
   * @throws IllegalArgumentException when no strategy has that name; the message lists the names
   */
  public static SwitchStrategy<?> create(String name, StrategyOptions options) {
    Function<StrategyOptions, SwitchStrategy<?>> factory = REGISTRY.get(name);
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown strategy '" + name + "' (expected one of: " + String.join(", ", names()) + ")");
    }
    return factory.apply(options);
  }
}
