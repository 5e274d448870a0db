package org.bglab.chart;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file read for a chart: its header and rows, each row knowing its line, so that every
 * complaint can name {@code file:line}.
 *
 * @param source the file name used in messages
 * @param header the column names of the first line
 * @param rows the data rows
 */
record CsvFile(String source, List<String> header, List<Row> rows) {

  /** One data row and the line it came from. */
  record Row(int line, List<String> cells) {}

  /** The most data rows a chart reads from one file. */
  static final int MAX_ROWS = 100_000;

  private static final CsvMapper MAPPER = new CsvMapper();

  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException naming {@code source} and the line, when the text is empty
   *     or not CSV, or a row's length differs from the header's
   */
  static CsvFile parse(String text, String source) {
    List<List<String>> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
      while (it.hasNextValue()) {
        if (lines.size() > MAX_ROWS) {
          throw new IllegalArgumentException(source + ": more than "
              + String.format(java.util.Locale.ROOT, "%,d", MAX_ROWS)
              + " rows; a chart draws from at most that many");
        }
        int line = it.getCurrentLocation().getLineNr();
        String[] cells = it.nextValue();
        if (cells.length == 1 && cells[0].isBlank()) {
          continue;
        }
        lines.add(Arrays.asList(cells));
        numbers.add(line);
      }
    } catch (IllegalArgumentException ex) {
      throw ex;
    } catch (IOException | RuntimeException ex) {
      throw new IllegalArgumentException(source + ": not a readable CSV file: "
          + ex.getMessage().lines().findFirst().orElse(""));
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(source + ": the file is empty");
    }
    List<String> header = lines.get(0).stream().map(String::strip).toList();
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).size() != header.size()) {
        throw new IllegalArgumentException(source + ":" + numbers.get(i) + ": expected "
            + header.size() + " values (" + String.join(",", header) + "), found "
            + lines.get(i).size());
      }
      rows.add(new Row(numbers.get(i), List.copyOf(lines.get(i))));
    }
    return new CsvFile(source, header, rows);
  }

  /** The index of {@code column}, or -1 when the header has no such column. */
  int column(String column) {
    return header.indexOf(column);
  }

  /**
   * The index of {@code column}.
   *
   * @throws IllegalArgumentException naming the file and the columns it does have
   */
  int requireColumn(String column) {
    int index = column(column);
    if (index < 0) {
      throw new IllegalArgumentException(source + ":1: no column '" + column + "' (the header has: "
          + String.join(",", header) + ")");
    }
    return index;
  }

  /** An error about {@code row}, prefixed with {@code file:line}. */
  IllegalArgumentException error(Row row, String message) {
    return new IllegalArgumentException(source + ":" + row.line() + ": " + message);
  }
}
