package org.bglab.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.List;

/** Renders rows as CSV with a header line, through Jackson's CSV writer. */
public final class CsvOutput {

  /** Quotes only values that need it (by default Jackson quotes every value over 24 chars). */
  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private CsvOutput() {}

  /** The CSV text of {@code rows} under {@code columns}, lines ending in {@code \n}. */
  public static String render(List<String> columns, List<List<?>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    columns.forEach(schema::addColumn);
    try {
      return MAPPER.writer(schema.build()).writeValueAsString(rows);
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
