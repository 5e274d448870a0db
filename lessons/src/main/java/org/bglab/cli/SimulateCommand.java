package org.bglab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bglab.cli.input.Converters;
import org.bglab.cli.input.HeapBudget;
import org.bglab.cli.input.StrategyNames;
import org.bglab.output.AtomicFile;
import org.bglab.output.ComparisonText;
import org.bglab.output.JsonOutput;
import org.bglab.output.Numbers;
import org.bglab.output.SimulationCsv;
import org.bglab.output.SimulationJson;
import org.bglab.output.SimulationText;
import org.bglab.simulator.engine.CostModel;
import org.bglab.simulator.engine.Monitoring;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.switching.StrategyLineup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bglab simulate}: switch n users from blue to green on a simulated clock while requests
 * keep arriving, and report the work, the timing, the mixed-version window and the traffic.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Switch every user from blue to green with one strategy on a simulated clock while users"
          + " keep sending requests. Every operation is counted as it is performed; each one"
          + " takes simulated time from the cost model. Reports the counts, the switch time, the"
          + " mixed-version window (how long some users reached blue and others green), where"
          + " the requests went, and the rollback when a faulty green triggers one.",
      "With --compare, runs every strategy with the same inputs side by side, with how far"
          + " green had reached when the alarm fired and how long each switch would take.",
      "--strategy-path and --strategy-class run your own compiled strategy instead of --strategy,"
          + " or beside the built-in ones with --compare.",
      "--routing says where the routing state lives (central or proxies), the same for every"
          + " strategy; every output names it."
    })
public final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--strategy", paramLabel = "S", defaultValue = "per-user",
      converter = Converters.Strategy.class, completionCandidates = StrategyNames.class,
      description = "Switching strategy: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String strategy;

  @Option(names = "--compare",
      description = "Run every strategy with the same inputs and show them side by side"
          + " (--strategy is then ignored).")
  boolean compare;

  @Option(names = "--users", paramLabel = "N", defaultValue = "1000",
      converter = Converters.Users.class,
      description = "Number of users: 1000, 1_000 or 1e3 (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(names = "--seed", paramLabel = "X", defaultValue = "42",
      converter = Converters.Seed.class, description = "Seed of every random choice, printed with the results (default: ${DEFAULT-VALUE}).")
  long seed;

  @ArgGroup(validate = false, heading = "%nStrategy settings:%n")
  SimulateOptions.StrategySettings strategySettings = new SimulateOptions.StrategySettings();

  @ArgGroup(validate = false, heading = "%nTraffic:%n")
  SimulateOptions.Traffic traffic = new SimulateOptions.Traffic();

  @ArgGroup(validate = false, heading = "%nEnvironments and where the routing state lives:%n")
  SimulateOptions.Environments environments = new SimulateOptions.Environments();

  @ArgGroup(validate = false, heading = "%nCost model (simulated time per operation):%n")
  SimulateOptions.Costs costs = new SimulateOptions.Costs();

  @ArgGroup(validate = false, heading = "%nFaulty green and the alarm that rolls back:%n")
  SimulateOptions.Faults faults = new SimulateOptions.Faults();

  @ArgGroup(validate = false, heading = "%nOutput:%n")
  SimulateOptions.Output output = new SimulateOptions.Output();

  @ArgGroup(validate = false, heading = "%nYour own strategy:%n")
  CourseStrategyOptions course = new CourseStrategyOptions();


  @Override
  public Integer call() {
    return course.run(this::simulate);
  }

  private Integer simulate() {
    SimulationConfig config = config();
    if (output.timeline != null) {
      AtomicFile.requireWritableFile(output.timeline, "--timeline");
    }
    StrategyLineup lineup = StrategyLineup.of(config, compare, course.create(config.options()));
    // one routing state per run: the rehearsal that plans the traffic window reuses it
    HeapBudget.require(lineup.routingBytes(users), "--users " + users);
    List<SimulationReport> reports;
    try (RunningLine running = RunningLine.onTerminal(spec.commandLine().getErr())) {
      reports = lineup.run(config, label -> running.now("simulating " + label));
    }
    if (output.timeline != null) {
      AtomicFile.write(output.timeline, SimulationCsv.timelines(reports), "--timeline");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (output.format) {
      case TABLE -> compare ? ComparisonText.render(config, reports)
          : SimulationText.render(config, reports.get(0));
      case CSV -> SimulationCsv.runs(reports);
      case JSON -> JsonOutput.render(compare ? SimulationJson.of(reports)
          : SimulationJson.of(reports.get(0)));
    });
    out.flush();
    if (output.timeline != null) {
      spec.commandLine().getErr().println("bglab simulate: timeline written to "
          + output.timeline);
    }
    return ExitCodes.OK;
  }

  /** The configuration the options describe, for the built-in strategy given with --strategy. */
  SimulationConfig config() {
    if (environments.nodes > StrategyOptions.MAX_PROXY_NODES) {
      throw new InputError("--nodes must be at most "
          + Numbers.count(StrategyOptions.MAX_PROXY_NODES) + ", got "
          + Numbers.count(environments.nodes));
    }
    if (faults.monitorWindow.isZero()) {
      throw new InputError("--monitor-window must be longer than 0");
    }
    StrategyOptions options = new StrategyOptions(strategySettings.batchSize,
        strategySettings.canaryShare, strategySettings.linearStep,
        strategySettings.linearInterval, strategySettings.bakeTime, environments.nodes);
    CostModel costModel = new CostModel(costs.callLatency, costs.entryWrite, costs.pointerWrite,
        costs.propagation);
    return new SimulationConfig(Strategies.create(strategy, options), users, seed, options,
        costModel, traffic.rps, traffic.maxRequests, faults.greenErrorRate,
        new Monitoring(faults.monitorWindow, faults.errorThreshold), environments.replicas,
        environments.routing);
  }
}
