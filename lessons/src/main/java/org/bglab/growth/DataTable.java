package org.bglab.growth;

import java.util.List;

/**
 * Values under named columns: what a chart's CSV file holds, and what a page or report shows as
 * a table.
 *
 * @param columns the column names
 * @param rows the rows, each one cell per column
 */
public record DataTable(List<String> columns, List<List<?>> rows) {

  /** Copies the lists. */
  public DataTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
