package org.bglab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bglab.simulator.lab.Sweep;
import org.bglab.simulator.lab.SwitchMeasurement;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.metrics.RoutingSummary;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bglab simulate}: switch n users from blue to green once and report what it took. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Switch every user from blue to green with one strategy, counting each operation as it"
          + " is performed, and report the counts and the routing state afterwards."
    })
public final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--strategy", paramLabel = "S", defaultValue = "per-user",
      converter = Converters.Strategy.class, completionCandidates = StrategyNames.class,
      description = "Switching strategy: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String strategy;

  @Option(names = "--users", paramLabel = "N", defaultValue = "1000",
      converter = Converters.Users.class,
      description = "Number of users: 1000, 1_000 or 1e3 (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(names = "--batch-size", paramLabel = "B", defaultValue = "100",
      converter = Converters.Positive.class,
      description = "Users per update call for the batched strategy (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--seed", paramLabel = "X", defaultValue = "42",
      description = "Seed of every random choice, printed with the results (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "F", defaultValue = "table",
      converter = Converters.Format.class,
      description = "Output: table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--debug", hidden = true, description = "Show stack traces.")
  boolean debug;

  @Override
  public Integer call() {
    SwitchStrategy<?> switchStrategy =
        Strategies.create(strategy, new StrategyOptions(batchSize));
    HeapBudget.require(switchStrategy.routingBytes(users), "--users " + users);
    SwitchMeasurement run = Sweep.measure(switchStrategy, users);
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case TABLE -> table(run);
      case CSV -> CsvOutput.render(CSV_COLUMNS, List.of(csvRow(run)));
      case JSON -> JsonOutput.render(json(run));
    });
    out.flush();
    return ExitCodes.OK;
  }

  private static final List<String> CSV_COLUMNS = List.of(
      "strategy", "users", "batchSize", "seed", "operations", "entriesWritten", "updateCalls",
      "pointerWrites", "routingReads", "routingBytes", "bytesPerUser", "usersOnBlue",
      "usersOnGreen");

  private List<?> csvRow(SwitchMeasurement run) {
    OperationCounts c = run.counts();
    RoutingSummary r = run.routing();
    return List.of(run.strategy(), run.users(), batchLabel(run), seed, c.operations(),
        c.entriesWritten(), c.updateCalls(), c.pointerWrites(), c.routingReads(), r.bytes(),
        Numbers.decimal(r.bytesPerUser(), 6), r.usersOnBlue(), r.usersOnGreen());
  }

  private String batchLabel(SwitchMeasurement run) {
    return run.batchSize() > 0 ? Integer.toString(run.batchSize()) : "";
  }

  private ObjectNode json(SwitchMeasurement run) {
    ObjectNode root = JsonOutput.object();
    root.put("strategy", run.strategy());
    root.put("users", run.users());
    if (run.batchSize() > 0) {
      root.put("batchSize", run.batchSize());
    } else {
      root.putNull("batchSize");
    }
    root.put("seed", seed);
    OperationCounts c = run.counts();
    ObjectNode counts = root.putObject("counts");
    counts.put("operations", c.operations());
    counts.put("entriesWritten", c.entriesWritten());
    counts.put("updateCalls", c.updateCalls());
    counts.put("pointerWrites", c.pointerWrites());
    counts.put("routingReads", c.routingReads());
    RoutingSummary r = run.routing();
    ObjectNode routing = root.putObject("routing");
    routing.put("bytes", r.bytes());
    routing.put("bytesPerUser", Double.parseDouble(Numbers.decimal(r.bytesPerUser(), 6)));
    routing.put("usersOnBlue", r.usersOnBlue());
    routing.put("usersOnGreen", r.usersOnGreen());
    return root;
  }

  private String table(SwitchMeasurement run) {
    OperationCounts c = run.counts();
    RoutingSummary r = run.routing();
    String batch = run.batchSize() > 0 ? ", " + run.batchSize() + " users per call" : "";
    String heading = "Switch of " + Numbers.count(run.users()) + " users from blue to green: "
        + run.strategy() + batch + " (seed " + seed + ")\n\n";
    String counts = new TextTable()
        .header("operations, measured", "count")
        .row("operations (entries + pointer writes)", Numbers.count(c.operations()))
        .row("entries written", Numbers.count(c.entriesWritten()))
        .row("update calls", Numbers.count(c.updateCalls()))
        .row("pointer writes", Numbers.count(c.pointerWrites()))
        .row("routing reads", Numbers.count(c.routingReads()))
        .render();
    String routing = new TextTable()
        .header("routing state afterwards", "value")
        .row("size", Numbers.bytes(r.bytes()))
        .row("bytes per user", Numbers.decimal(r.bytesPerUser(), 6))
        .row("users on blue", Numbers.count(r.usersOnBlue()))
        .row("users on green", Numbers.count(r.usersOnGreen()))
        .render();
    return heading + counts + "\n" + routing;
  }
}
