package org.bglab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bglab.chart.Axes;
import org.bglab.chart.JmhTable;
import org.bglab.chart.MetricTable;
import org.bglab.chart.TimelineTable;
import org.bglab.cli.input.Converters;
import org.bglab.cli.input.HeapBudget;
import org.bglab.cli.input.InputFile;
import org.bglab.cli.input.MetricConverter;
import org.bglab.growth.ChartLayout;
import org.bglab.growth.GrowthCharts;
import org.bglab.growth.GrowthRequest;
import org.bglab.growth.GrowthSweep;
import org.bglab.output.AtomicFile;
import org.bglab.output.Numbers;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SweepPlan;
import org.bglab.simulator.model.RoutingModel;
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
    ChartLayout layout = new ChartLayout(title, linear ? Axes.LINEAR : Axes.LOG_LOG, width, height);
    if (jmh != null) {
      GrowthCharts.fromJmh(read(jmh, "--jmh", JmhTable::parse), jmh, layout).forEach(writer::write);
    } else if (timeline != null) {
      GrowthCharts.Timeline drawn =
          GrowthCharts.timeline(read(timeline, "--timeline", TimelineTable::parse), timeline,
              layout);
      writer.write(drawn.chart(), drawn.table());
    } else if (csv != null) {
      writer.write(GrowthCharts.fromCsv(read(csv, "--csv", MetricTable::parse), csv, layout));
    } else {
      course.run(() -> {
        sweep(layout, writer, stdout, stderr);
        return null;
      });
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

  private void sweep(ChartLayout layout, ChartWriter writer, PrintWriter stdout,
      PrintWriter stderr) {
    GrowthSweep sweep = GrowthSweep.of(new GrowthRequest(users, strategies, batchSizes, metrics,
        routing, layout, course::create));
    List<Integer> sizes = sweep.plan().sizes();
    HeapBudget.require(sweep.largestRoutingBytes(),
        "--users " + users.stream().mapToInt(n -> n).max().orElse(1));
    stdout.println("Sweep: " + sweep.plan().series().stream().map(SweepPlan.Series::label)
        .collect(Collectors.joining(", ")) + " at " + (sizes.size() == 1
            ? "n = " + Numbers.count(sizes.get(0))
            : sizes.size() + " sizes, n = " + Numbers.count(sizes.get(0)) + " to "
                + Numbers.count(sizes.get(sizes.size() - 1)))
        + "; every count measured by running the switch.");
    sweep.run(ProgressLine.onTerminal(stderr)).forEach(writer::write);
  }

  /** An input file's text, refused before it is read when larger than {@link #MAX_INPUT_BYTES}. */
  private static <T> T read(Path file, String option, InputFile.Parser<T> parser) {
    return InputFile.parse(file, option, MAX_INPUT_BYTES, "a chart reads; draw from fewer rows",
        parser);
  }
}
