package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void aSizeGivenTwiceIsMeasuredAndShownOnce() {
    CliRun csv = CliRun.of("table", "--users", "50,5,50", "--format", "csv");
    assertEquals(0, csv.exitCode(), csv.err());
    assertEquals(List.of("50", "50", "50", "5", "5", "5"),
        csv.out().lines().skip(1).map(l -> l.split(",")[0]).toList(), csv.out());
    CliRun table = CliRun.of("table", "--users", "10,10,10");
    assertEquals(1, table.out().lines().filter(l -> l.matches("\\s*10\\s.*")).count(), table.out());
  }

  @Test
  void endsWithTheFittedClassOfEveryColumn() {
    CliRun run = CliRun.of("table");
    List<List<String>> fit = run.out().lines().filter(l -> l.strip().startsWith("fit "))
        .map(TableCommandTest::cells).toList();
    assertEquals(List.of(List.of("fit", "O(n)", "O(n)", "O(n)", "O(n)", "O(1)", "O(1)")), fit,
        run.out());
    assertTrue(run.out().contains("over 7 sizes from 10 to 1,000"), run.out());
    assertTrue(run.out().contains("batched calls: the values stay at 1 from n = 10 to 100"),
        run.out());
  }

  @Test
  void aSingleSizeHasNoClass() {
    CliRun run = CliRun.of("table", "--users", "1000");
    assertTrue(run.out().lines().anyMatch(l -> cells(l).equals(
        List.of("fit", "-", "-", "-", "-", "-", "-"))), run.out());
    assertTrue(run.out().contains("one size only"), run.out());
  }

  @Test
  void csvAndJsonStayWithoutTheFitRow() {
    CliRun run = CliRun.of("table", "--format", "csv");
    assertEquals(1 + 3 * 3, run.out().lines().count(), run.out());
    assertFalse(run.out().contains("O(n)"), run.out());
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
