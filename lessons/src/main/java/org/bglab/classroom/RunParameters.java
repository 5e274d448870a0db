package org.bglab.classroom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bglab.simulator.engine.CostModel;
import org.bglab.simulator.engine.Monitoring;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.StrategyOptions;

/**
 * What the Switch and Compare views send: the inputs of one run, each checked against the
 * server's caps. Every other setting is {@code simulate}'s default, so {@link #simulateArgs()}
 * names the same run on the command line, and the same arguments give the same counts.
 *
 * @param strategy the strategy's name: a built-in one or a loaded course strategy
 * @param users the users switched, 1 to {@link #MAX_USERS}
 * @param batchSize users per update call for batched, 1 to {@link #MAX_USERS}
 * @param rps requests per second, 0 to {@link #MAX_RPS}
 * @param maxRequests the most requests the run sends, 0 to {@link #MAX_REQUESTS}
 * @param greenErrorRate the chance that green fails a request, 0 to 1
 * @param nodes proxy nodes, 1 to {@link #MAX_NODES}
 * @param propagationMillis the slowest node's lag, 0 to {@link #MAX_PROPAGATION_MILLIS} ms
 * @param routing where the routing state lives
 * @param seed the seed of every random choice
 */
record RunParameters(String strategy, int users, int batchSize, long rps, long maxRequests,
    double greenErrorRate, int nodes, long propagationMillis, RoutingModel routing, long seed) {

  /** The most users one run switches: 10^7 (a per-user switch of them streams in seconds). */
  static final int MAX_USERS = 10_000_000;
  /** The highest request rate, 10^6 per second. */
  static final long MAX_RPS = 1_000_000;
  /** The most requests one run sends, 10^7 (about a second of work). */
  static final long MAX_REQUESTS = 10_000_000;
  /** The default cap on requests of a run started from the page, 10^6. */
  static final long DEFAULT_MAX_REQUESTS = 1_000_000;
  /** The most proxy nodes, 1,000: every write reaches each node as one event. */
  static final int MAX_NODES = 1_000;
  /** The longest propagation, one minute. */
  static final long MAX_PROPAGATION_MILLIS = 60_000;

  /** The fields a run accepts. */
  static final Set<String> FIELDS = Set.of("strategy", "users", "batchSize", "rps",
      "maxRequests", "greenErrorRate", "nodes", "propagationMs", "routing", "seed");

  /**
   * Reads and checks the fields of {@code query}.
   *
   * @param strategies the names a run may use, the built-in ones first
   * @throws BadParameter naming the first field that is out of range or unknown
   */
  static RunParameters read(Query query, List<String> strategies) {
    query.only(FIELDS);
    String strategy = query.choice("strategy", "per-user", strategies);
    int users = query.users("users", 1000, 1, MAX_USERS);
    int batch = query.users("batchSize", StrategyOptions.DEFAULT_BATCH_SIZE, 1, MAX_USERS);
    long rps = query.whole("rps", (long) SimulationConfig.DEFAULT_REQUESTS_PER_SECOND, 0, MAX_RPS);
    long maxRequests = query.whole("maxRequests", DEFAULT_MAX_REQUESTS, 0, MAX_REQUESTS);
    double errors = query.decimal("greenErrorRate", 0, 0, 1,
        "a share of requests from 0 to 1, such as 0.3");
    int nodes = (int) query.whole("nodes", StrategyOptions.DEFAULT_PROXY_NODES, 1, MAX_NODES);
    long propagation = query.whole("propagationMs", CostModel.DEFAULTS.propagation().toMillis(),
        0, MAX_PROPAGATION_MILLIS);
    String routing = query.choice("routing", RoutingModel.PROXIES.label(),
        List.of(RoutingModel.PROXIES.label(), RoutingModel.CENTRAL.label()));
    long seed = query.whole("seed", SimulationConfig.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    return new RunParameters(strategy, users, batch, rps, maxRequests, errors, nodes,
        propagation, RoutingModel.ofLabel(routing), seed);
  }

  /** The strategy settings of the run: {@code simulate}'s defaults, with this batch size and nodes. */
  StrategyOptions options() {
    StrategyOptions defaults = StrategyOptions.DEFAULTS;
    return new StrategyOptions(batchSize, defaults.canaryShare(), defaults.linearStep(),
        defaults.linearInterval(), defaults.bakeTime(), nodes);
  }

  /** The run's configuration, for the strategy {@code catalogue} creates with these options. */
  SimulationConfig config(StrategyCatalogue.Loaded catalogue) {
    CostModel defaults = CostModel.DEFAULTS;
    CostModel costs = new CostModel(defaults.updateCall(), defaults.entryWrite(),
        defaults.pointerWrite(), Duration.ofMillis(propagationMillis));
    return new SimulationConfig(catalogue.create(strategy, options()), users, seed, options(),
        costs, rps, maxRequests, greenErrorRate, Monitoring.DEFAULTS,
        SimulationConfig.DEFAULT_REPLICAS, routing);
  }

  /**
   * The arguments of {@code bglab simulate} for the same run, without {@code --strategy} and
   * without the course strategy options (the caller adds what it runs).
   */
  List<String> simulateArgs() {
    List<String> args = new ArrayList<>(List.of("simulate",
        "--users", Integer.toString(users),
        "--batch-size", Integer.toString(batchSize),
        "--rps", Long.toString(rps),
        "--max-requests", Long.toString(maxRequests),
        "--green-error-rate", java.math.BigDecimal.valueOf(greenErrorRate).toPlainString(),
        "--nodes", Integer.toString(nodes),
        "--propagation", propagationMillis + "ms",
        "--routing", routing.label(),
        "--seed", Long.toString(seed)));
    return args;
  }
}
