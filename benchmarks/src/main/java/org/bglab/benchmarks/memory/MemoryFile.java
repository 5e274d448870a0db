package org.bglab.benchmarks.memory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bglab.benchmarks.command.AtomicFile;
import org.bglab.benchmarks.command.CommandLineError;

/**
 * The JSON file of memory rows: how they were measured, on which JVM, and one object per
 * structure and size.
 */
public final class MemoryFile {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private MemoryFile() {}

  /** Writes {@code rows} to {@code file} atomically, with a sentence on the method used. */
  public static void write(Path file, String method, List<MemoryRow> rows) throws IOException {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("method", method);
    document.put("java",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    document.put("rows", rows);
    AtomicFile.write(file, JSON.writeValueAsString(document) + "\n");
  }

  /**
   * Reads the rows of {@code file}.
   *
   * @throws CommandLineError when the file cannot be read or is not a memory file
   */
  public static List<MemoryRow> read(Path file) {
    JsonNode rows;
    try {
      rows = JSON.readTree(Files.readString(file)).path("rows");
    } catch (IOException error) {
      throw new CommandLineError(file + ": cannot read memory results: " + error.getMessage());
    }
    if (!rows.isArray()) {
      throw new CommandLineError(file + ": not a memory file (no \"rows\" array)");
    }
    List<MemoryRow> result = new ArrayList<>();
    for (JsonNode row : rows) {
      try {
        result.add(JSON.treeToValue(row, MemoryRow.class));
      } catch (IOException error) {
        throw new CommandLineError(file + ": bad memory row " + row + ": " + error.getMessage());
      }
    }
    return List.copyOf(result);
  }
}
