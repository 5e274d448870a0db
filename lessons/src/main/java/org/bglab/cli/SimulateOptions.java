package org.bglab.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.bglab.cli.input.Converters;
import org.bglab.output.OutputFormat;
import org.bglab.simulator.engine.CostModel;
import org.bglab.simulator.engine.Monitoring;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.StrategyOptions;
import picocli.CommandLine.Option;

/**
 * The option groups of {@code simulate}, one per heading of its help. Each field starts at the
 * simulator's default, and the default text shown in the help says the same (a test checks it).
 */
final class SimulateOptions {

  private SimulateOptions() {}

  /** Settings that shape one strategy or another. */
  static final class StrategySettings {
    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "100",
        converter = Converters.Positive.class,
        description = "Users per update call for batched (default: ${DEFAULT-VALUE}).")
    int batchSize = StrategyOptions.DEFAULT_BATCH_SIZE;

    @Option(names = "--canary-share", paramLabel = "P", defaultValue = "10%",
        converter = Converters.Share.class,
        description = "Share of traffic canary sends to green first (default: ${DEFAULT-VALUE}).")
    double canaryShare = StrategyOptions.DEFAULT_CANARY_SHARE;

    @Option(names = "--linear-step", paramLabel = "P", defaultValue = "10%",
        converter = Converters.Share.class,
        description = "Share of traffic each step of linear adds (default: ${DEFAULT-VALUE}).")
    double linearStep = StrategyOptions.DEFAULT_LINEAR_STEP;

    @Option(names = "--linear-interval", paramLabel = "D", defaultValue = "3s",
        converter = Converters.DurationValue.class,
        description = "Time linear watches green after each step before the next"
            + " (default: ${DEFAULT-VALUE}).")
    Duration linearInterval = StrategyOptions.DEFAULT_LINEAR_INTERVAL;

    @Option(names = "--bake-time", paramLabel = "D", defaultValue = "10s",
        converter = Converters.DurationValue.class,
        description = "Time canary watches green before moving the rest, and time every"
            + " strategy watches green after its switch (default: ${DEFAULT-VALUE}).")
    Duration bakeTime = StrategyOptions.DEFAULT_BAKE_TIME;
  }

  /** The request traffic during the switch. */
  static final class Traffic {
    @Option(names = "--rps", paramLabel = "R", defaultValue = "1000",
        converter = Converters.Rate.class,
        description = "Requests per second, arriving as a Poisson process from random users"
            + " (default: ${DEFAULT-VALUE}).")
    double rps = SimulationConfig.DEFAULT_REQUESTS_PER_SECOND;

    @Option(names = "--max-requests", paramLabel = "M", defaultValue = "1e7",
        converter = Converters.RequestLimit.class,
        description = "Most requests one run sends, at most 1e9; a higher rate is lowered to"
            + " fit, and the output says so (default: ${DEFAULT-VALUE}).")
    long maxRequests = SimulationConfig.DEFAULT_MAX_REQUESTS;
  }

  /** The replicas of each environment, and where the routing state lives. */
  static final class Environments {
    @Option(names = "--routing", paramLabel = "M", defaultValue = "proxies",
        converter = Converters.Routing.class,
        description = "Where the routing state lives, for every strategy alike: central (one"
            + " router every request reads; every write is seen the moment its call makes it)"
            + " or proxies (copied to --nodes proxy nodes; every write, route entry, pointer or"
            + " weight, reaches each node after its own lag within --propagation, as a"
            + " Kubernetes Service does) (default: ${DEFAULT-VALUE}).")
    RoutingModel routing = RoutingModel.PROXIES;

    @Option(names = "--replicas", paramLabel = "R", defaultValue = "3",
        converter = Converters.Replicas.class,
        description = "Replicas each environment runs, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int replicas = SimulationConfig.DEFAULT_REPLICAS;

    @Option(names = "--nodes", paramLabel = "K", defaultValue = "10",
        converter = Converters.Positive.class,
        description = "Proxy nodes that every write reaches users through with --routing"
            + " proxies; each user goes through one node (default: ${DEFAULT-VALUE}).")
    int nodes = StrategyOptions.DEFAULT_PROXY_NODES;
  }

  /** What each operation costs, in simulated time. */
  static final class Costs {
    @Option(names = "--call-latency", paramLabel = "D", defaultValue = "1ms",
        converter = Converters.DurationValue.class,
        description = "Round trip of one update call (default: ${DEFAULT-VALUE}).")
    Duration callLatency = CostModel.DEFAULTS.updateCall();

    @Option(names = "--entry-write", paramLabel = "D", defaultValue = "1us",
        converter = Converters.DurationValue.class,
        description = "Writing one routing-table entry (default: ${DEFAULT-VALUE}).")
    Duration entryWrite = CostModel.DEFAULTS.entryWrite();

    @Option(names = "--pointer-write", paramLabel = "D", defaultValue = "1ms",
        converter = Converters.DurationValue.class,
        description = "Writing one pointer, selector or weight (default: ${DEFAULT-VALUE}).")
    Duration pointerWrite = CostModel.DEFAULTS.pointerWrite();

    @Option(names = "--propagation", paramLabel = "D", defaultValue = "1s",
        converter = Converters.DurationValue.class,
        description = "From the end of a call until the slowest proxy node has its writes;"
            + " each node has its own seeded lag in between (default: ${DEFAULT-VALUE}).")
    Duration propagation = CostModel.DEFAULTS.propagation();
  }

  /** A faulty green and the alarm that rolls back. */
  static final class Faults {
    @Option(names = "--green-error-rate", paramLabel = "P", defaultValue = "0",
        converter = Converters.Probability.class,
        description = "Chance that a request green serves fails, 0..1 or a percentage"
            + " (default: ${DEFAULT-VALUE}).")
    double greenErrorRate;

    @Option(names = "--monitor-window", paramLabel = "D", defaultValue = "5s",
        converter = Converters.DurationValue.class,
        description = "Sliding window over which the alarm measures green's failed share"
            + " (default: ${DEFAULT-VALUE}).")
    Duration monitorWindow = Monitoring.DEFAULTS.window();

    @Option(names = "--error-threshold", paramLabel = "P", defaultValue = "2%",
        converter = Converters.Probability.class,
        description = "Failed share above which the alarm rolls back with the same strategy"
            + " (default: ${DEFAULT-VALUE}).")
    double errorThreshold = Monitoring.DEFAULTS.errorThreshold();
  }

  /** How results are printed and saved. */
  static final class Output {
    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
        converter = Converters.Format.class,
        description = "Output: table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--timeline", paramLabel = "FILE.csv",
        description = "Also write where requests went over simulated time to this CSV file"
            + " (seconds,requests,blue,green,failed,greenShare).")
    Path timeline;
  }
}
