package org.bglab.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.bglab.chart.ChartSeries;
import org.bglab.chart.TimelineTable;
import org.bglab.growth.DataTable;
import org.bglab.growth.GrowthChart;
import org.bglab.output.AtomicFile;
import org.bglab.output.CsvOutput;
import org.bglab.output.FitReport;
import org.bglab.output.Numbers;
import org.bglab.output.TextTable;

/**
 * Writes the files of {@code bglab chart} into the output directory, each atomically and only in
 * the formats asked for, and reports on stdout what each chart found and which files it wrote:
 * the terminal and file side of the {@link GrowthChart charts} the growth use case returns.
 */
final class ChartWriter {

  private final Path directory;
  private final List<ChartFileFormat> formats;
  private final int width;
  private final int height;
  private final PrintWriter out;
  private final PrintWriter err;
  private final String command;

  ChartWriter(Path directory, List<ChartFileFormat> formats, int width, int height,
      PrintWriter out, PrintWriter err, String command) {
    this.directory = directory;
    this.formats = List.copyOf(formats);
    this.width = width;
    this.height = height;
    this.out = out;
    this.err = err;
    this.command = command;
  }

  /**
   * Reports {@code chart} and writes its files: the fitted class of every series, its data and
   * fits as CSV, and its pictures.
   */
  void write(GrowthChart chart) {
    write(chart, () -> fits(chart));
  }

  /** Reports a timeline's chart, with when green got its first and last share, and writes it. */
  void write(GrowthChart chart, TimelineTable table) {
    write(chart, () -> timeline(table));
  }

  private void write(GrowthChart chart, Runnable summary) {
    out.println();
    out.println(chart.name() + ": " + chart.chart().title());
    summary.run();
    chart.data().ifPresent(data -> csv(chart.name(), data));
    if (!chart.fits().isEmpty()) {
      csv(chart.name() + "-fits", chart.fitTable());
    }
    pictures(chart);
  }

  /** Prints the fitted class of every series; warnings go to stderr. */
  private void fits(GrowthChart chart) {
    Map<String, Double> scales = new HashMap<>();
    for (ChartSeries series : chart.chart().series()) {
      scales.put(series.name(),
          series.points().stream().mapToDouble(p -> Math.abs(p.y())).max().orElse(0));
    }
    indent(FitReport.table(chart.fits(), scales));
    FitReport.warnings(chart.fits()).forEach(warning -> err.println(command + ": fit: " + warning));
  }

  /** Prints, per timeline series, when green got its first and its last share of requests. */
  private void timeline(TimelineTable table) {
    TextTable summary = new TextTable()
        .header("series", "points", "green from (s)", "all green from (s)", "last share");
    for (String series : table.seriesNames()) {
      List<TimelineTable.Row> rows = table.rows(series);
      summary.row(series, Numbers.count(rows.size()),
          firstSecond(rows, share -> share > 0), firstSecond(rows, share -> share >= 1),
          Numbers.decimal(rows.get(rows.size() - 1).greenShare(), 4));
    }
    indent(summary.render());
  }

  private static String firstSecond(List<TimelineTable.Row> rows, DoublePredicate condition) {
    return rows.stream().filter(row -> condition.test(row.greenShare())).findFirst()
        .map(row -> Numbers.decimal(row.seconds(), 6)).orElse("never");
  }

  /** Writes the CSV {@code name.csv} when CSV output was asked for. */
  private void csv(String name, DataTable data) {
    if (formats.contains(ChartFileFormat.CSV)) {
      write(name + ".csv",
          CsvOutput.render(data.columns(), data.rows()).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Draws the chart in every picture format asked for, as {@code pictureName.<format>}. */
  private void pictures(GrowthChart chart) {
    chart.drawable().notes().forEach(note -> err.println(command + ": note: " + note));
    for (ChartFileFormat format : formats) {
      format.image().ifPresent(image -> write(chart.pictureName() + "." + image.extension(),
          chart.picture(image, width, height)));
    }
  }

  private void write(String fileName, byte[] bytes) {
    Path target = directory.resolve(fileName);
    AtomicFile.write(target, bytes, "--out");
    out.println("  wrote " + target);
    out.flush();
  }

  private void indent(String text) {
    text.lines().forEach(line -> out.println("  " + line));
  }
}
