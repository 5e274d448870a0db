package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {

  @Test
  void jsonReportsMeasuredCountsOfABatchedSwitch() throws Exception {
    CliRun run = CliRun.of("simulate", "--strategy", "batched", "--users", "1001",
        "--batch-size", "100", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = JsonOutput.mapper().readTree(run.out());
    assertEquals("batched", json.get("strategy").asText());
    assertEquals(1001, json.get("users").asInt());
    assertEquals(100, json.get("batchSize").asInt());
    assertEquals(42, json.get("seed").asInt());
    assertEquals(11, json.at("/counts/updateCalls").asInt());
    assertEquals(1001, json.at("/counts/entriesWritten").asInt());
    assertEquals(1001, json.at("/counts/operations").asInt());
    assertEquals(128, json.at("/routing/bytes").asInt());
    assertEquals(1001, json.at("/routing/usersOnGreen").asInt());
    assertEquals(0, json.at("/routing/usersOnBlue").asInt());
  }

  @ParameterizedTest
  @CsvSource({"1000", "1_000", "1e3", "1.0e3", "1E3"})
  void acceptsUserCountsAsPeopleWriteThem(String users) throws Exception {
    CliRun run = CliRun.of("simulate", "--users", users, "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1000, JsonOutput.mapper().readTree(run.out()).get("users").asInt());
  }

  @Test
  void tableAndCsvShowWhereEveryUserRoutes() {
    CliRun table = CliRun.of("simulate", "--strategy", "pointer-swap", "--users", "1e6");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("pointer writes"), table.out());
    assertTrue(table.out().matches("(?s).*users on green\\s+1,000,000\\n.*"), table.out());
    CliRun csv = CliRun.of("simulate", "--users", "10", "--format", "csv");
    String[] lines = csv.out().split("\n");
    assertEquals(2, lines.length, csv.out());
    assertTrue(lines[0].startsWith("strategy,users,batchSize,seed,operations"), lines[0]);
    assertTrue(lines[1].startsWith("per-user,10,,42,10,10,10,0,0,8,"), lines[1]);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--users|0|--users",
    "--users|-5|--users",
    "--users|abc|--users",
    "--users|1.5|--users",
    "--users|3e9|--users",
    "--batch-size|0|--batch-size",
    "--strategy|teleport|per-user, batched, pointer-swap",
    "--format|xml|table, csv, json",
  })
  void badInputIsOneLineAndExitCodeTwo(String option, String value, String mentioned) {
    CliRun run = CliRun.of("simulate", option, value);
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), "one line: " + run.err());
    String firstLine = run.err().lines().findFirst().orElse("");
    assertTrue(firstLine.contains(mentioned), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  @Test
  void unknownOptionIsRejected() {
    CliRun run = CliRun.of("simulate", "--colour", "blue");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--colour"), run.err());
  }
}
