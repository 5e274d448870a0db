package org.bglab.chart;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.lab.MeasuredSeries;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SwitchMeasurement;

/**
 * The data behind one sweep chart: one metric, one row per series and size. It is what the
 * chart's CSV file holds ({@code series,strategy,batchSize,n,<metric>}), and a chart is drawn
 * from it, so a chart can be redrawn from its CSV alone.
 *
 * @param metric the metric measured
 * @param rows the rows, series by series, sizes ascending
 */
public record MetricTable(SweepMetric metric, List<Row> rows) implements SeriesRows {

  /**
   * One measured value.
   *
   * @param series the series name, such as {@code batched (b=100)}
   * @param strategy the strategy name
   * @param batchSize users per call, 0 for strategies without batches
   * @param n the number of users
   * @param value the metric's value
   */
  public record Row(String series, String strategy, int batchSize, double n, double value)
      implements SeriesRows.Row {}

  /** Copies the rows. */
  public MetricTable {
    rows = List.copyOf(rows);
  }

  /** The table of {@code metric} over a sweep; sizes where it was not measured are left out. */
  public static MetricTable of(SweepMetric metric, List<MeasuredSeries> sweep) {
    List<Row> rows = new ArrayList<>();
    for (MeasuredSeries series : sweep) {
      for (SwitchMeasurement m : series.measurements()) {
        metric.of(m).ifPresent(value -> rows.add(
            new Row(series.label(), m.strategy(), m.batchSize(), m.users(), value)));
      }
    }
    return new MetricTable(metric, rows);
  }

  /** The CSV header. */
  public List<String> csvColumns() {
    return List.of("series", "strategy", "batchSize", "n", metric.column());
  }

  /** The CSV rows, numbers written plainly. */
  public List<List<?>> csvRows() {
    List<List<?>> cells = new ArrayList<>();
    for (Row row : rows) {
      cells.add(List.of(row.series(), row.strategy(),
          row.batchSize() > 0 ? Integer.toString(row.batchSize()) : "",
          CsvValues.plain(row.n()), CsvValues.plain(row.value())));
    }
    return cells;
  }

  /**
   * Reads a table from the text of its CSV file.
   *
   * @throws IllegalArgumentException naming {@code source} and the line of the first problem
   */
  public static MetricTable parse(String text, String source) {
    CsvFile csv = CsvFile.parse(text, source);
    List<String> header = csv.header();
    if (header.size() != 5 || !header.subList(0, 4).equals(List.of("series", "strategy",
        "batchSize", "n"))) {
      throw new IllegalArgumentException(source + ":1: not a bglab chart CSV: expected the"
          + " columns series,strategy,batchSize,n,<metric>, found " + String.join(",", header));
    }
    SweepMetric metric = SweepMetric.ofColumn(header.get(4)).orElseThrow(
        () -> new IllegalArgumentException(source + ":1: unknown metric column '" + header.get(4)
            + "'"));
    List<Row> rows = new ArrayList<>();
    for (CsvFile.Row row : csv.rows()) {
      List<String> c = row.cells();
      try {
        int batch = c.get(2).isBlank() ? 0 : (int) CsvValues.parse(c.get(2), "batchSize");
        double n = CsvValues.parse(c.get(3), "n");
        if (n <= 0) {
          throw new IllegalArgumentException("n must be positive, got '" + c.get(3) + "'");
        }
        rows.add(new Row(c.get(0), c.get(1), batch, n,
            CsvValues.parse(c.get(4), metric.column())));
      } catch (IllegalArgumentException ex) {
        throw csv.error(row, ex.getMessage());
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(source + ": no data rows below the header");
    }
    return new MetricTable(metric, rows);
  }
}
