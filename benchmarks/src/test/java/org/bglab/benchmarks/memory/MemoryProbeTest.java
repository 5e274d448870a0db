package org.bglab.benchmarks.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryProbeTest {

  @Test
  void graphSizeOfTheCompactTableIsItsWordsPlusHeaders() {
    // 6400 users = 100 words of 8 bytes; headers and the table object add less than 100 bytes
    long bytes = MemoryProbe.graphBytes(RoutingStructure.COMPACT_TABLE.build(6400));
    assertTrue(bytes >= 800 && bytes < 900, "bytes " + bytes);
  }

  @Test
  void heapGrowthSeesWhatTheBuildKeeps() {
    // 1000 arrays of 1000 longs: 8000 bytes of data and a 16-byte header each, plus the outer
    // array; small arrays, so that no collector rounds them up to whole heap regions
    long bytes = MemoryProbe.heapBytes(() -> {
      long[][] kept = new long[1000][];
      for (int i = 0; i < kept.length; i++) {
        kept[i] = new long[1000];
      }
      return kept;
    }, 3);
    assertEquals(8_020_000, bytes, 200_000);
  }

  @Test
  void naiveMapCostsTensOfBytesPerUser() {
    // a hash map node, a user-id string and its byte array, and a table slot per user
    double perUser = MemoryProbe.graphBytes(RoutingStructure.NAIVE_MAP.build(5000)) / 5000.0;
    assertTrue(perUser > 60 && perUser < 200, "bytes per user " + perUser);
  }

  @Test
  void memoryFileNamesTheFieldsTheSummaryReads() {
    List<MemoryRow> rows = List.of(
        new MemoryRow("NAIVE_MAP", 1000, 88_000L, 87_900), new MemoryRow("COMPACT_TABLE", 2000, null, 256));
    String json = MemoryFile.json("test", rows);
    assertTrue(json.contains("\"method\" : \"test\""), json);
    assertTrue(json.contains("\"structure\" : \"NAIVE_MAP\""), json);
    assertTrue(json.contains("\"graphBytes\" : 88000"), json);
    assertTrue(json.contains("\"graphBytes\" : null"), json);
    assertTrue(json.contains("\"heapBytes\" : 256"), json);
    assertTrue(json.contains("\"heapBytesPerUser\" : 0.128"), json);
  }
}
