package org.bglab.benchmarks.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON document of memory rows: how they were measured, on which JVM, and one object per
 * structure and size. {@code bglab jmh-summary} reads it (its reader lives in the application,
 * {@code org.bglab.jmh.MemoryRows}); the field names are the contract between the two.
 */
public final class MemoryFile {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MemoryFile() {}

  /** The document for {@code rows}, with a sentence on the method used, ending in a newline. */
  public static String json(String method, List<MemoryRow> rows) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("method", method);
    document.put("java",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    document.put("rows", rows);
    try {
      return JSON.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("memory rows cannot be written as JSON", ex);
    }
  }
}
