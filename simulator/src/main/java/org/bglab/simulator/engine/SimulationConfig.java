package org.bglab.simulator.engine;

import java.util.Objects;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * Everything one simulated switch depends on. The same configuration always gives the same
 * report.
 *
 * @param strategy the strategy that switches, a built-in one ({@link Strategies}) or one of the
 *     user's own; it carries its own settings
 * @param users the number of users, at least 1
 * @param seed the seed every random stream is derived from
 * @param options the settings the built-in strategies were created with; the engine reads the
 *     bake time and the proxy nodes from them
 * @param costs what each kind of operation costs in simulated time
 * @param requestsPerSecond the mean rate of the Poisson request arrivals, 0 or more
 * @param maxRequests the most requests one run sends; the rate is lowered to fit, 0 or more
 * @param greenErrorRate the chance that a request green serves fails, 0..1
 * @param monitoring the alarm that triggers a rollback
 * @param replicasPerEnvironment replicas each environment runs, at least 1
 * @param routingModel where the routing state lives: one central router, or copies on
 *     {@code options.proxyNodes()} proxy nodes that each apply every write after their own lag
 *     within {@code costs.propagation()}
 */
public record SimulationConfig(
    SwitchStrategy<?> strategy,
    int users,
    long seed,
    StrategyOptions options,
    CostModel costs,
    double requestsPerSecond,
    long maxRequests,
    double greenErrorRate,
    Monitoring monitoring,
    int replicasPerEnvironment,
    RoutingModel routingModel) {

  /** The default seed, 42. */
  public static final long DEFAULT_SEED = 42;
  /** The default request rate, 1000 per second. */
  public static final double DEFAULT_REQUESTS_PER_SECOND = 1000;
  /** The default cap on requests per run, 10^7. */
  public static final long DEFAULT_MAX_REQUESTS = 10_000_000;
  /** The default replicas per environment, 3. */
  public static final int DEFAULT_REPLICAS = 3;

  /** Validates the configuration. */
  public SimulationConfig {
    Objects.requireNonNull(strategy, "strategy");
    if (users < 1) {
      throw new IllegalArgumentException("users must be at least 1, got " + users);
    }
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(costs, "costs");
    if (!(requestsPerSecond >= 0 && Double.isFinite(requestsPerSecond))) {
      throw new IllegalArgumentException(
          "the request rate must be a finite number of 0 or more, got " + requestsPerSecond);
    }
    if (maxRequests < 0) {
      throw new IllegalArgumentException("max requests cannot be negative, got " + maxRequests);
    }
    if (!(greenErrorRate >= 0 && greenErrorRate <= 1)) {
      throw new IllegalArgumentException(
          "green's error rate must be between 0 and 1, got " + greenErrorRate);
    }
    Objects.requireNonNull(monitoring, "monitoring");
    if (replicasPerEnvironment < 1) {
      throw new IllegalArgumentException(
          "replicas per environment must be at least 1, got " + replicasPerEnvironment);
    }
    Objects.requireNonNull(routingModel, "routingModel");
  }

  /**
   * A switch of {@code users} users with {@code strategy} and every other setting at its default
   * (the routing state copied to proxies, as a Kubernetes Service is).
   */
  public static SimulationConfig of(SwitchStrategy<?> strategy, int users) {
    return new SimulationConfig(strategy, users, DEFAULT_SEED, StrategyOptions.DEFAULTS,
        CostModel.DEFAULTS, DEFAULT_REQUESTS_PER_SECOND, DEFAULT_MAX_REQUESTS, 0,
        Monitoring.DEFAULTS, DEFAULT_REPLICAS, RoutingModel.PROXIES);
  }

  /**
   * A switch of {@code users} users with the built-in strategy called {@code name}, created with
   * the default options, and every other setting at its default.
   *
   * @throws IllegalArgumentException when no built-in strategy has that name
   */
  public static SimulationConfig of(String name, int users) {
    return of(Strategies.create(name, StrategyOptions.DEFAULTS), users);
  }

  /** This configuration with another strategy. */
  public SimulationConfig withStrategy(SwitchStrategy<?> other) {
    return new SimulationConfig(other, users, seed, options, costs, requestsPerSecond, maxRequests,
        greenErrorRate, monitoring, replicasPerEnvironment, routingModel);
  }

  /** This configuration with another number of users. */
  public SimulationConfig withUsers(int count) {
    return new SimulationConfig(strategy, count, seed, options, costs, requestsPerSecond,
        maxRequests, greenErrorRate, monitoring, replicasPerEnvironment, routingModel);
  }

  /** This configuration with another seed. */
  public SimulationConfig withSeed(long value) {
    return new SimulationConfig(strategy, users, value, options, costs, requestsPerSecond,
        maxRequests, greenErrorRate, monitoring, replicasPerEnvironment, routingModel);
  }

  /** This configuration with other strategy settings. */
  public SimulationConfig withOptions(StrategyOptions value) {
    return new SimulationConfig(strategy, users, seed, value, costs, requestsPerSecond,
        maxRequests, greenErrorRate, monitoring, replicasPerEnvironment, routingModel);
  }

  /** This configuration with another cost model. */
  public SimulationConfig withCosts(CostModel value) {
    return new SimulationConfig(strategy, users, seed, options, value, requestsPerSecond,
        maxRequests, greenErrorRate, monitoring, replicasPerEnvironment, routingModel);
  }

  /** This configuration with another request rate. */
  public SimulationConfig withRequestsPerSecond(double rate) {
    return new SimulationConfig(strategy, users, seed, options, costs, rate, maxRequests,
        greenErrorRate, monitoring, replicasPerEnvironment, routingModel);
  }

  /** This configuration with another cap on requests. */
  public SimulationConfig withMaxRequests(long cap) {
    return new SimulationConfig(strategy, users, seed, options, costs, requestsPerSecond, cap,
        greenErrorRate, monitoring, replicasPerEnvironment, routingModel);
  }

  /** This configuration with another error rate for green. */
  public SimulationConfig withGreenErrorRate(double rate) {
    return new SimulationConfig(strategy, users, seed, options, costs, requestsPerSecond,
        maxRequests, rate, monitoring, replicasPerEnvironment, routingModel);
  }

  /** This configuration with another alarm. */
  public SimulationConfig withMonitoring(Monitoring value) {
    return new SimulationConfig(strategy, users, seed, options, costs, requestsPerSecond,
        maxRequests, greenErrorRate, value, replicasPerEnvironment, routingModel);
  }

  /** This configuration with another number of replicas per environment. */
  public SimulationConfig withReplicasPerEnvironment(int replicas) {
    return new SimulationConfig(strategy, users, seed, options, costs, requestsPerSecond,
        maxRequests, greenErrorRate, monitoring, replicas, routingModel);
  }

  /** This configuration with the routing state living elsewhere. */
  public SimulationConfig withRoutingModel(RoutingModel model) {
    return new SimulationConfig(strategy, users, seed, options, costs, requestsPerSecond,
        maxRequests, greenErrorRate, monitoring, replicasPerEnvironment, model);
  }
}
