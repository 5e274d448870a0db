package org.bglab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bglab.chart.Axes;
import org.bglab.chart.ChartData;
import org.bglab.chart.JmhTable;
import org.bglab.chart.MetricTable;
import org.bglab.chart.SweepChart;
import org.bglab.chart.TimelineTable;
import org.bglab.cli.input.Converters;
import org.bglab.cli.input.HeapBudget;
import org.bglab.cli.input.InputFile;
import org.bglab.cli.input.MetricConverter;
import org.bglab.output.AtomicFile;
import org.bglab.output.Numbers;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.EngineTimer;
import org.bglab.simulator.lab.MeasuredSeries;
import org.bglab.simulator.lab.Sweep;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SweepPlan;
import org.bglab.simulator.lab.SwitchTimer;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bglab chart}: sweeps the strategies over n, writes the measurements as CSV and draws them
 * (log-log by default), each series labelled with its fitted complexity class. It can also draw
 * JMH results, a switch timeline, or a chart CSV written earlier.
 */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Switch blue to green at every n of a range with each strategy, counting every operation,"
          + " then write the data (CSV) and charts (PNG, SVG, PDF) of how each metric grows,"
          + " every series labelled with the complexity class that fits it best.",
      "With --jmh, --timeline or --csv, draw that file instead of sweeping."
    })
public final class ChartCommand implements Callable<Integer> {

  /** The largest --csv, --jmh or --timeline file a chart reads. */
  static final long MAX_INPUT_BYTES = 10_000_000;

  @Spec CommandSpec spec;

  @Option(names = "--users", paramLabel = "RANGE", defaultValue = "10..1e7",
      converter = Converters.UserSeries.class,
      description = "User counts: a range 10..1e7 (1-2-5 per decade) or a list 10,100,1000"
          + " (default: ${DEFAULT-VALUE}).")
  List<Integer> users;

  @Option(names = "--strategies", paramLabel = "S", split = ",",
      defaultValue = "per-user,batched,pointer-swap", converter = Converters.Strategy.class,
      description = "Strategies to sweep (default: ${DEFAULT-VALUE}).")
  List<String> strategies;

  @Option(names = "--batch-size", paramLabel = "B", split = ",", defaultValue = "100",
      converter = Converters.Positive.class,
      description = "Users per update call for batched; several values give one series each,"
          + " e.g. 10,100,1000 (default: ${DEFAULT-VALUE}).")
  List<Integer> batchSizes;

  @Option(names = "--metric", paramLabel = "M", split = ",", defaultValue = "operations,calls",
      converter = MetricConverter.class,
      description = "One chart per metric: operations, calls, writes, pointer-writes, memory,"
          + " time (simulated by the engine at its default costs, under --routing)"
          + " (default: ${DEFAULT-VALUE}).")
  List<SweepMetric> metrics;

  @Option(names = "--routing", paramLabel = "M", defaultValue = "proxies",
      converter = Converters.Routing.class,
      description = "Where the routing state lives for the time metric, every strategy alike:"
          + " central or proxies (see simulate --help) (default: ${DEFAULT-VALUE}).")
  RoutingModel routing;

  @ArgGroup(validate = false, heading = "%nYour own strategy, swept beside the others:%n")
  CourseStrategyOptions course = new CourseStrategyOptions();

  @Option(names = "--linear", description = "Linear axes instead of log-log.")
  boolean linear;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
      description = "Directory for the files, created if missing (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", paramLabel = "F", split = ",", defaultValue = "png,svg,csv",
      converter = ChartFileFormat.Converter.class,
      description = "Files to write: png, svg, pdf, csv (default: ${DEFAULT-VALUE}).")
  List<ChartFileFormat> formats;

  @Option(names = "--width", paramLabel = "PX", defaultValue = "1600",
      converter = Converters.Pixels.class,
      description = "Picture width in pixels, 200 to 10000 (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--height", paramLabel = "PX", defaultValue = "900",
      converter = Converters.Pixels.class,
      description = "Picture height in pixels, 200 to 10000 (default: ${DEFAULT-VALUE}).")
  int height;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "Chart title instead of the one chosen for each chart.")
  String title;

  @Option(names = "--jmh", paramLabel = "FILE.json",
      description = "Draw JMH results (-rf json): parameter n on the x-axis, one series per"
          + " benchmark method and other parameters.")
  Path jmh;

  @Option(names = "--timeline", paramLabel = "FILE.csv",
      description = "Draw a switch timeline (columns seconds,...,greenShare) as written by"
          + " simulate --timeline.")
  Path timeline;

  @Option(names = "--csv", paramLabel = "FILE.csv",
      description = "Redraw a chart from the CSV an earlier chart run wrote, without sweeping.")
  Path csv;


  @Override
  public Integer call() {
    validate();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    ChartWriter writer = new ChartWriter(out, formats, width, height, stdout, stderr,
        spec.qualifiedName());
    if (jmh != null) {
      drawJmh(writer);
    } else if (timeline != null) {
      drawTimeline(writer);
    } else if (csv != null) {
      MetricTable table = read(csv, "--csv", MetricTable::parse);
      drawSweepTable(writer, table, ChartNames.stem(csv.getFileName().toString()), false);
    } else {
      sweep(writer, stdout, stderr);
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private void validate() {
    if (Stream.of(jmh, timeline, csv).filter(file -> file != null).count() > 1) {
      throw new InputError("--jmh, --timeline and --csv each name a file to draw: give one");
    }
    AtomicFile.requireWritableDirectory(out, "--out");
  }

  private void sweep(ChartWriter writer, PrintWriter stdout, PrintWriter stderr) {
    course.run(() -> {
      sweepStrategies(writer, stdout, stderr);
      return null;
    });
  }

  /**
   * The strategies of the sweep: each built-in one named, then each course strategy, once per
   * batch size (a strategy whose label does not change with the batch size is one series).
   */
  private List<SwitchStrategy<?>> sweptStrategies() {
    List<SwitchStrategy<?>> swept =
        new ArrayList<>(SweepPlan.of(strategies, users, batchSizes).strategies());
    List<List<SwitchStrategy<?>>> own = batchSizes.stream()
        .map(b -> course.create(new StrategyOptions(b))).toList();
    for (int i = 0; i < course.names().size(); i++) {
      for (List<SwitchStrategy<?>> each : own) {
        swept.add(each.get(i));
      }
    }
    return swept;
  }

  private void sweepStrategies(ChartWriter writer, PrintWriter stdout, PrintWriter stderr) {
    int largest = users.stream().mapToInt(n -> n).max().orElse(1);
    List<SwitchStrategy<?>> swept = sweptStrategies();
    HeapBudget.require(swept.stream().mapToLong(s -> s.routingBytes(largest)).max().orElse(0),
        "--users " + largest);
    SweepPlan plan = new SweepPlan(swept, users);
    List<String> names = swept.stream().map(SwitchStrategy::name).distinct().toList();
    List<Integer> sizes = plan.sizes();
    stdout.println("Sweep: " + plan.series().stream().map(SweepPlan.Series::label)
        .collect(Collectors.joining(", ")) + " at " + (sizes.size() == 1
            ? "n = " + Numbers.count(sizes.get(0))
            : sizes.size() + " sizes, n = " + Numbers.count(sizes.get(0)) + " to "
                + Numbers.count(sizes.get(sizes.size() - 1)))
        + "; every count measured by running the switch.");
    SwitchTimer timer = metrics.contains(SweepMetric.TIME)
        ? EngineTimer.DEFAULTS.withRoutingModel(routing) : SwitchTimer.NONE;
    List<MeasuredSeries> sweep = Sweep.run(plan, timer, ProgressLine.onTerminal(stderr));
    for (SweepMetric metric : metrics) {
      MetricTable table = MetricTable.of(metric, sweep);
      drawSweepTable(writer, table,
          ChartNames.sweep(metric, users, names, batchSizes, routing), true);
    }
  }

  /** CSV first, then the chart drawn from the same table: the sweep -> CSV -> chart pipeline. */
  private void drawSweepTable(ChartWriter writer, MetricTable table, String name, boolean data) {
    Map<String, ComplexityFit> fits = table.fits();
    ChartData chart = SweepChart.of(table, fits, title, linear ? Axes.LINEAR : Axes.LOG_LOG,
        data ? routing : null);
    writer.heading(name, chart);
    writer.fits(fits, chart);
    if (data) {
      writer.csv(name, table.csvColumns(), table.csvRows());
    }
    writer.fitsCsv(name, fits);
    writer.pictures(name + ChartNames.pictureSuffix(linear, width, height), chart);
  }

  private void drawJmh(ChartWriter writer) {
    List<JmhTable> tables = read(jmh, "--jmh", JmhTable::parse);
    String stem = ChartNames.safe(ChartNames.stem(jmh.getFileName().toString()));
    for (JmhTable table : tables) {
      long sameClass = tables.stream()
          .filter(other -> other.benchmarkClass().equals(table.benchmarkClass())).count();
      String name = stem
          + (tables.size() == 1 ? "" : "-" + ChartNames.safe(table.benchmarkClass()))
          + (sameClass == 1 ? ""
              : "-" + ChartNames.safe(table.mode()) + "-" + ChartNames.safe(table.unit()))
          + "-vs-n";
      Map<String, ComplexityFit> fits = table.fits();
      ChartData chart = table.chart(title, linear ? Axes.LINEAR : Axes.LOG_LOG, fits);
      writer.heading(name, chart);
      writer.fits(fits, chart);
      writer.csv(name, JmhTable.csvColumns(), table.csvRows());
      writer.fitsCsv(name, fits);
      writer.pictures(name + ChartNames.pictureSuffix(linear, width, height), chart);
    }
  }

  private void drawTimeline(ChartWriter writer) {
    TimelineTable table = read(timeline, "--timeline", TimelineTable::parse);
    String name = ChartNames.safe(ChartNames.stem(timeline.getFileName().toString()))
        + "-green-share";
    ChartData chart = table.chart(title);
    writer.heading(name, chart);
    writer.timeline(table);
    writer.csv(name, TimelineTable.csvColumns(), table.csvRows());
    writer.pictures(name + ChartNames.pictureSuffix(false, width, height), chart);
  }

  /**
   * An input file's table, refused before it is read when larger than {@link #MAX_INPUT_BYTES};
   * what the table's parser cannot read is bad input.
   */
  private static <T> T read(Path file, String option, InputFile.Parser<T> parser) {
    return InputFile.parse(file, option, MAX_INPUT_BYTES, "a chart reads; draw from fewer rows",
        parser);
  }
}
