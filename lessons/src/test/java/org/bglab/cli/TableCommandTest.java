package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableCommandTest {

  @Test
  void reproducesTheSourceGrowthTable() {
    CliRun run = CliRun.of("table");
    assertEquals(0, run.exitCode(), run.err());
    List<String> rows = run.out().lines().filter(l -> l.matches("\\s*[0-9][0-9,]*\\s.*")).toList();
    assertEquals(3, rows.size(), run.out());
    // users, per-user operations and calls, batched operations and calls, pointer-swap
    assertEquals(List.of("10", "10", "10", "10", "1", "1", "1"), cells(rows.get(0)));
    assertEquals(List.of("100", "100", "100", "100", "1", "1", "1"), cells(rows.get(1)));
    assertEquals(List.of("1,000", "1,000", "1,000", "1,000", "10", "1", "1"), cells(rows.get(2)));
  }

  @Test
  void csvHasOneRowPerSizeAndStrategy() {
    CliRun run = CliRun.of("table", "--users", "5,50", "--batch-size", "7", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(7, lines.size(), run.out());
    assertTrue(lines.contains("50,batched,7,50,50,8,0,8"), run.out());
  }

  @Test
  void rejectsAReversedRange() {
    CliRun run = CliRun.of("table", "--users", "100..10");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("reversed"), run.err());
  }

  private static List<String> cells(String row) {
    return List.of(row.strip().split("\\s+"));
  }
}
