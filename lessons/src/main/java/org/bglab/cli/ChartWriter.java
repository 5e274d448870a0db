package org.bglab.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.bglab.chart.ChartData;
import org.bglab.chart.ChartRenderer;
import org.bglab.chart.ChartSeries;
import org.bglab.chart.FitTable;
import org.bglab.chart.LogAxes;
import org.bglab.chart.TimelineTable;
import org.bglab.output.AtomicFile;
import org.bglab.output.CsvOutput;
import org.bglab.output.FitReport;
import org.bglab.output.Numbers;
import org.bglab.output.TextTable;
import org.bglab.simulator.lab.ComplexityFit;

/**
 * Writes the files of {@code bglab chart} into the output directory, each atomically and only in
 * the formats asked for, and reports on stdout what each chart found and which files it wrote.
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

  /** Starts the report of one chart. */
  void heading(String name, ChartData data) {
    out.println();
    out.println(name + ": " + data.title());
  }

  /** Prints the fitted class of every series; warnings go to stderr. */
  void fits(Map<String, ComplexityFit> fits, ChartData data) {
    Map<String, Double> scales = new HashMap<>();
    for (ChartSeries series : data.series()) {
      scales.put(series.name(),
          series.points().stream().mapToDouble(p -> Math.abs(p.y())).max().orElse(0));
    }
    indent(FitReport.table(fits, scales));
    FitReport.warnings(fits).forEach(warning -> err.println(command + ": fit: " + warning));
  }

  /** Prints, per timeline series, when green got its first and its last share of requests. */
  void timeline(TimelineTable table) {
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
  void csv(String name, List<String> columns, List<List<?>> rows) {
    if (formats.contains(ChartFileFormat.CSV)) {
      write(name + ".csv", CsvOutput.render(columns, rows).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes the fits of every candidate class as {@code name-fits.csv}, with CSV output. */
  void fitsCsv(String name, Map<String, ComplexityFit> fits) {
    csv(name + "-fits", FitTable.csvColumns(), FitTable.csvRows(fits));
  }

  /** Draws {@code data} in every picture format asked for, as {@code name.<format>}. */
  void pictures(String name, ChartData data) {
    LogAxes.Drawable drawable = LogAxes.prepare(data);
    drawable.notes().forEach(note -> err.println(command + ": note: " + note));
    for (ChartFileFormat format : formats) {
      format.image().ifPresent(image -> write(name + "." + image.extension(),
          ChartRenderer.render(drawable.data(), image, width, height)));
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
