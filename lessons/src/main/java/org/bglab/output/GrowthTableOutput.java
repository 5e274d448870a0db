package org.bglab.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bglab.growth.GrowthTable;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.MeasuredSeries;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SwitchMeasurement;
import org.bglab.simulator.metrics.Measure;

/**
 * A {@link GrowthTable} as text (with the fit row and its notes), as CSV and as JSON (one row per
 * size and strategy, every counted measure of the catalogue).
 */
public final class GrowthTableOutput {

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

  private GrowthTableOutput() {}

  /** The table as CSV: a header, then one line per size and strategy. */
  public static String csv(GrowthTable growth) {
    List<String> columns = new ArrayList<>();
    KEYS.forEach(key -> columns.add(key.csvColumn()));
    COUNTED.forEach(metric -> columns.add(metric.column()));
    List<List<?>> rows = new ArrayList<>();
    for (SwitchMeasurement run : growth.measurements()) {
      List<Object> row = new ArrayList<>(List.of(run.users(), run.strategy(),
          run.batchSize() > 0 ? Integer.toString(run.batchSize()) : ""));
      COUNTED.forEach(metric -> row.add(whole(metric, run)));
      rows.add(row);
    }
    return CsvOutput.render(columns, rows);
  }

  /** The table as a JSON array of one object per size and strategy. */
  public static String json(GrowthTable growth) {
    ArrayNode array = JsonOutput.mapper().createArrayNode();
    for (SwitchMeasurement run : growth.measurements()) {
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
    return JsonOutput.render(array);
  }

  /** The table as text: operations and calls per strategy, the fit row, and its notes. */
  public static String text(GrowthTable growth) {
    List<String> names = new ArrayList<>(List.of(""));
    List<String> columns = new ArrayList<>(List.of("users n"));
    for (MeasuredSeries series : growth.sweep()) {
      names.addAll(List.of(series.series().label(), ""));
      columns.addAll(List.of("operations", "calls"));
    }
    TextTable table = new TextTable()
        .header(names.toArray(String[]::new))
        .header(columns.toArray(String[]::new));
    for (GrowthTable.Row row : growth.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(Numbers.count(row.users()));
      for (SwitchMeasurement run : row.byStrategy()) {
        cells.add(Numbers.count(run.counts().operations()));
        cells.add(Numbers.count(run.counts().updateCalls()));
      }
      table.row(cells.toArray(String[]::new));
    }
    List<Integer> sizes = growth.fitSizes();
    Map<String, ComplexityFit> fits = growth.fits();
    List<String> fitRow = new ArrayList<>();
    fitRow.add("fit");
    fits.values().forEach(fit -> fitRow.add(sizes.size() > 1 ? fit.complexityClass().label() : "-"));
    table.footer(fitRow.toArray(String[]::new));
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

  /** A counted metric of {@code run}: a whole number, measured by every sweep. */
  private static long whole(SweepMetric metric, SwitchMeasurement run) {
    return (long) metric.of(run).orElseThrow();
  }
}
