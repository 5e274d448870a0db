package org.bglab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bglab.cli.input.Converters;
import org.bglab.cli.input.HeapBudget;
import org.bglab.growth.GrowthTable;
import org.bglab.output.GrowthTableOutput;
import org.bglab.output.OutputFormat;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bglab table}: the growth table, one row per user count, measured by switching. */
@Command(
    name = "table",
    mixinStandardHelpOptions = true,
    description = {
      "Switch blue to green at several user counts with each counted strategy and tabulate how"
          + " the work grows: operations (route assignments) and update calls."
    })
public final class TableCommand implements Callable<Integer> {

  /** The strategies a growth table compares (chart's file names take them as the default). */
  static final List<String> STRATEGIES = GrowthTable.STRATEGIES;

  @Spec CommandSpec spec;

  @Option(names = "--users", paramLabel = "LIST", defaultValue = "10,100,1000",
      converter = Converters.UserSeries.class,
      description = "User counts: a list 10,100,1000 or a range 10..1e6 (default: ${DEFAULT-VALUE}).")
  List<Integer> users;

  @Option(names = "--batch-size", paramLabel = "B", defaultValue = "100",
      converter = Converters.Positive.class,
      description = "Users per update call for the batched strategy (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--format", paramLabel = "F", defaultValue = "table",
      converter = Converters.Format.class,
      description = "Output: table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @ArgGroup(validate = false, heading = "%nYour own strategy, as a column of its own:%n")
  CourseStrategyOptions course = new CourseStrategyOptions();


  @Override
  public Integer call() {
    return course.run(this::tabulate);
  }

  private Integer tabulate() {
    StrategyOptions options = new StrategyOptions(batchSize);
    List<SwitchStrategy<?>> strategies = new ArrayList<>();
    STRATEGIES.forEach(name -> strategies.add(Strategies.create(name, options)));
    strategies.addAll(course.create(options));
    long largest = users.stream().mapToLong(n -> n).max().orElse(1);
    HeapBudget.require(strategies.stream().mapToLong(s -> s.routingBytes(largest)).max().orElse(0),
        "--users " + largest);
    GrowthTable growth = GrowthTable.measure(users, strategies, format == OutputFormat.TABLE);
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case TABLE -> GrowthTableOutput.text(growth);
      case CSV -> GrowthTableOutput.csv(growth);
      case JSON -> GrowthTableOutput.json(growth);
    });
    out.flush();
    return ExitCodes.OK;
  }
}
