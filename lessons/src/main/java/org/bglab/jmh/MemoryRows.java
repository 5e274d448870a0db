package org.bglab.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads the memory probe's JSON: {@code {"method": ..., "java": ..., "rows": [...]}}. */
public final class MemoryRows {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MemoryRows() {}

  /**
   * The rows of a memory probe's JSON text.
   *
   * @param source the file's name, used in messages
   * @throws IllegalArgumentException naming {@code source} when the text is not a memory file
   */
  public static List<MemoryRow> parse(String json, String source) {
    JsonNode rows;
    try {
      rows = MAPPER.readTree(json).path("rows");
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException(source + ":" + ex.getLocation().getLineNr()
          + ": not valid JSON: " + ex.getOriginalMessage());
    }
    if (!rows.isArray()) {
      throw new IllegalArgumentException(source + ": not a memory file (no \"rows\" array)");
    }
    List<MemoryRow> result = new ArrayList<>();
    int index = 0;
    for (JsonNode row : rows) {
      index++;
      if (!row.path("structure").isTextual() || !row.path("n").canConvertToInt()
          || !row.path("heapBytes").canConvertToLong() || !row.path("n").isIntegralNumber()
          || row.path("n").asInt() < 1) {
        throw new IllegalArgumentException(source + ": row " + index
            + " needs a structure name, a positive n and heapBytes");
      }
      JsonNode graph = row.path("graphBytes");
      result.add(new MemoryRow(row.get("structure").asText(), row.get("n").asInt(),
          graph.isIntegralNumber() ? graph.asLong() : null, row.get("heapBytes").asLong()));
    }
    return List.copyOf(result);
  }
}
