package org.bglab.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bglab.simulator.metrics.Measure;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.metrics.TimelineBucket;

/**
 * The CSV of {@code simulate}: one row per run, one column per {@link Measure} that has one, in
 * the catalogue's order; and the timeline of {@code --timeline}.
 */
public final class SimulationCsv {

  /** The measures with a column, in column order. */
  private static final List<Measure> MEASURES =
      Arrays.stream(Measure.values()).filter(Measure::inCsv).toList();

  /** The columns of a run, in order. */
  static final List<String> COLUMNS = MEASURES.stream().map(Measure::csvColumn).toList();

  /** The columns of a timeline; {@code --compare} puts {@code strategy} first. */
  static final List<String> TIMELINE_COLUMNS =
      List.of("seconds", "requests", "blue", "green", "failed", "greenShare");

  private SimulationCsv() {}

  /** The runs as CSV with a header line; an absent value is an empty cell. */
  public static String runs(List<SimulationReport> reports) {
    List<List<?>> rows = new ArrayList<>();
    for (SimulationReport report : reports) {
      List<String> row = new ArrayList<>();
      for (Measure measure : MEASURES) {
        String value = MeasureFormat.forMachines(measure, report);
        row.add(value == null ? "" : value);
      }
      rows.add(row);
    }
    return CsvOutput.render(COLUMNS, rows);
  }

  /** The timelines of the runs; with more than one run, each row starts with its strategy. */
  public static String timelines(List<SimulationReport> reports) {
    boolean named = reports.size() > 1;
    List<String> columns = new ArrayList<>();
    if (named) {
      columns.add("strategy");
    }
    columns.addAll(TIMELINE_COLUMNS);
    List<List<?>> rows = new ArrayList<>();
    for (SimulationReport report : reports) {
      for (TimelineBucket bucket : report.timeline().buckets()) {
        List<Object> row = new ArrayList<>();
        if (named) {
          row.add(report.strategy());
        }
        row.addAll(List.of(Measures.seconds(bucket.startNanos()), bucket.requests(),
            bucket.blue(), bucket.green(), bucket.failed(),
            Numbers.fixed(bucket.greenShare(), 4)));
        rows.add(row);
      }
    }
    return CsvOutput.render(columns, rows);
  }
}
