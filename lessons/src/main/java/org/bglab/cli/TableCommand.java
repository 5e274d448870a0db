package org.bglab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.MeasuredSeries;
import org.bglab.simulator.lab.SizeSeries;
import org.bglab.simulator.lab.Sweep;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SweepPlan;
import org.bglab.simulator.lab.SweepProgress;
import org.bglab.simulator.lab.SwitchMeasurement;
import org.bglab.simulator.lab.SwitchTimer;
import org.bglab.simulator.metrics.Measure;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.PerUserSwitch;
import org.bglab.simulator.strategy.PointerSwap;
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

  /** The strategies a growth table compares. */
  static final List<String> STRATEGIES =
      List.of(PerUserSwitch.NAME, BatchedSwitch.NAME, PointerSwap.NAME);

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
    // one row per size, in the order given: --users 10,10,100 measures 10 once
    List<Integer> sizes = users.stream().distinct().toList();
    StrategyOptions options = new StrategyOptions(batchSize);
    List<SwitchStrategy<?>> strategies = new ArrayList<>();
    STRATEGIES.forEach(name -> strategies.add(Strategies.create(name, options)));
    strategies.addAll(course.create(options));
    long largest = sizes.stream().mapToLong(n -> n).max().orElse(1);
    HeapBudget.require(strategies.stream().mapToLong(s -> s.routingBytes(largest)).max().orElse(0),
        "--users " + largest);
    SweepPlan plan = new SweepPlan(strategies,
        format == OutputFormat.TABLE ? fitSizes(sizes) : sizes);
    List<MeasuredSeries> sweep = Sweep.run(plan, SwitchTimer.NONE, SweepProgress.NONE);
    List<SwitchMeasurement> runs = shown(sweep, sizes);
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case TABLE -> table(runs, sweep, plan.sizes());
      case CSV -> CsvOutput.render(csvColumns(), csvRows(runs));
      case JSON -> JsonOutput.render(json(runs));
    });
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * What a row holds beside its size, strategy and batch size: every measure of the catalogue
   * that a sweep without a timer collects, in the catalogue's order.
   */
  private static final List<SweepMetric> COUNTED = Arrays.stream(Measure.values())
      .flatMap(measure -> SweepMetric.of(measure).stream())
      .filter(metric -> metric != SweepMetric.TIME)
      .toList();

  private static final List<Measure> KEYS = List.of(Measure.USERS, Measure.STRATEGY,
      Measure.BATCH_SIZE);

  private static List<String> csvColumns() {
    List<String> columns = new ArrayList<>();
    KEYS.forEach(key -> columns.add(key.csvColumn()));
    COUNTED.forEach(metric -> columns.add(metric.column()));
    return columns;
  }

  private static List<List<?>> csvRows(List<SwitchMeasurement> runs) {
    List<List<?>> rows = new ArrayList<>();
    for (SwitchMeasurement run : runs) {
      List<Object> row = new ArrayList<>(List.of(run.users(), run.strategy(),
          run.batchSize() > 0 ? Integer.toString(run.batchSize()) : ""));
      COUNTED.forEach(metric -> row.add(whole(metric, run)));
      rows.add(row);
    }
    return rows;
  }

  private static ArrayNode json(List<SwitchMeasurement> runs) {
    ArrayNode array = JsonOutput.mapper().createArrayNode();
    for (SwitchMeasurement run : runs) {
      ObjectNode row = array.addObject();
      row.put(Measure.USERS.csvColumn(), run.users());
      row.put(Measure.STRATEGY.csvColumn(), run.strategy());
      if (run.batchSize() > 0) {
        row.put(Measure.BATCH_SIZE.csvColumn(), run.batchSize());
      } else {
        row.putNull(Measure.BATCH_SIZE.csvColumn());
      }
      COUNTED.forEach(metric -> row.put(metric.column(), whole(metric, run)));
    }
    return array;
  }

  /** A counted metric of {@code run}: a whole number, measured by every sweep. */
  private static long whole(SweepMetric metric, SwitchMeasurement run) {
    return (long) metric.of(run).orElseThrow();
  }

  /**
   * The sizes measured for the fit row: the table's own and the 1-2-5 sizes between its smallest
   * and largest, because three rows are too few to tell growth classes apart.
   */
  private static List<Integer> fitSizes(List<Integer> users) {
    int from = users.stream().mapToInt(n -> n).min().orElse(1);
    int to = users.stream().mapToInt(n -> n).max().orElse(1);
    TreeSet<Integer> sizes = new TreeSet<>(users);
    sizes.addAll(SizeSeries.oneTwoFive(from, to));
    return List.copyOf(sizes);
  }

  /** The measurements of the rows asked for, in the order asked, strategies in table order. */
  private static List<SwitchMeasurement> shown(List<MeasuredSeries> sweep, List<Integer> users) {
    List<SwitchMeasurement> shown = new ArrayList<>();
    for (int n : users) {
      for (MeasuredSeries series : sweep) {
        series.measurements().stream().filter(run -> run.users() == n).forEach(shown::add);
      }
    }
    return shown;
  }

  private String table(
      List<SwitchMeasurement> runs, List<MeasuredSeries> sweep, List<Integer> sizes) {
    List<String> names = new ArrayList<>(List.of(""));
    List<String> columns = new ArrayList<>(List.of("users n"));
    for (MeasuredSeries series : sweep) {
      names.addAll(List.of(series.series().label(), ""));
      columns.addAll(List.of("operations", "calls"));
    }
    TextTable table = new TextTable()
        .header(names.toArray(String[]::new))
        .header(columns.toArray(String[]::new));
    for (int i = 0; i < runs.size(); i += sweep.size()) {
      List<String> cells = new ArrayList<>();
      cells.add(Numbers.count(runs.get(i).users()));
      for (int s = 0; s < sweep.size(); s++) {
        SwitchMeasurement run = runs.get(i + s);
        cells.add(Numbers.count(run.counts().operations()));
        cells.add(Numbers.count(run.counts().updateCalls()));
      }
      table.row(cells.toArray(String[]::new));
    }
    Map<String, ComplexityFit> fits = fits(sweep);
    List<String> row = new ArrayList<>();
    row.add("fit");
    fits.values().forEach(fit -> row.add(sizes.size() > 1 ? fit.complexityClass().label() : "-"));
    table.footer(row.toArray(String[]::new));
    StringBuilder notes = new StringBuilder();
    FitReport.warnings(fits).forEach(warning -> notes.append("  ").append(warning).append('\n'));
    return "Switching n users from blue to green, every count measured by running the switch.\n"
        + "operations = route entries written + pointer writes; calls = update round trips.\n"
        + "Routing: central; the counts are the same with proxies (simulate --routing shows the\n"
        + "time, which is not).\n\n"
        + table.render()
        + "fit: the complexity class that fits each column best, over " + sizes.size()
        + (sizes.size() == 1 ? " size" : " sizes from " + Numbers.count(sizes.get(0)) + " to "
            + Numbers.count(sizes.get(sizes.size() - 1)) + " (1-2-5 per decade)") + ".\n"
        + notes;
  }

  /** The fit of each column, by column name such as {@code batched calls}, in column order. */
  private static Map<String, ComplexityFit> fits(List<MeasuredSeries> sweep) {
    Map<String, ComplexityFit> fits = new LinkedHashMap<>();
    for (MeasuredSeries series : sweep) {
      for (SweepMetric metric : List.of(SweepMetric.OPERATIONS, SweepMetric.CALLS)) {
        fits.put(series.series().name() + " " + metric.label(),
            series.fit(metric).orElseThrow());
      }
    }
    return fits;
  }

}
