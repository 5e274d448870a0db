package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.bglab.output.JsonOutput;
import org.bglab.simulator.engine.SimulationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SimulateCommandTest {

  @Test
  void aLargeBatchSizeIsPrintedWithGroupedDigitsLikeEveryOtherCount() {
    CliRun run = CliRun.of("simulate", "--strategy", "batched", "--users", "5",
        "--batch-size", "1000000");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().lines().findFirst().orElseThrow().contains("batched, 1,000,000 users per call"),
        run.out());
  }

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
    // one bit per user, plus one lag per proxy node; the writes in flight are gone by the end
    assertEquals(128 + 10 * 8, json.at("/routing/bytes").asInt());
    assertEquals(1001, json.at("/routing/usersOnGreen").asInt());
    assertEquals(0, json.at("/routing/usersOnBlue").asInt());
    // 11 calls of 1 ms and 1,001 entry writes of 1 µs, then the slowest node's lag of 1 s
    assertEquals("1.012001", json.at("/time/switchSeconds").asText());
    // fixed decimals per unit, whatever the value happens to be
    assertTrue(run.out().contains("\"switchSeconds\": 1.012001,"), run.out());
    assertTrue(run.out().contains("\"rps\": 1000.000,"), run.out());
    assertEquals(json.at("/requests/sent").asLong(), json.at("/counts/routingReads").asLong());
    assertEquals("proxies", json.get("routingModel").asText());
    assertEquals(10, json.get("proxyNodes").asInt());
    // the table's writes are two records while in flight: the full batches, then the short one
    assertEquals(2 * 48, json.at("/routing/peakWindowBytes").asInt());

    JsonNode central = JsonOutput.mapper().readTree(CliRun.of("simulate", "--strategy",
        "batched", "--users", "1001", "--routing", "central", "--format", "json").out());
    assertEquals("central", central.get("routingModel").asText());
    assertTrue(central.get("proxyNodes").isNull());
    assertEquals(128, central.at("/routing/bytes").asInt());
    assertEquals(0, central.at("/routing/peakWindowBytes").asInt());
    // every write is seen when its call makes it: the last batch starts after 10 calls
    assertEquals("0.012001", central.at("/time/switchSeconds").asText());
    assertEquals("0.011", central.at("/time/mixedVersionWindowSeconds").asText());
  }

  @Test
  void jsonHasExactlyTheDocumentedFieldsInTheirOrder() throws Exception {
    JsonNode healthy = json("simulate", "--strategy", "pointer-swap", "--format", "json");
    assertEquals(List.of("strategy", "users", "batchSize", "seed", "counts", "routing", "time",
        "requests", "capacity", "rollback", "routingModel", "proxyNodes", "exposure"),
        names(healthy));
    List<String> counts =
        List.of("operations", "entriesWritten", "updateCalls", "pointerWrites", "routingReads");
    assertEquals(counts, names(healthy.get("counts")));
    assertEquals(List.of("bytes", "bytesPerUser", "usersOnBlue", "usersOnGreen",
        "peakWindowBytes"), names(healthy.get("routing")));
    assertEquals(List.of("switchSeconds", "mixedVersionWindowSeconds", "fullSwitchSeconds"),
        names(healthy.get("time")));
    assertEquals(List.of("alarmSeconds", "usersRoutedToGreen", "requestsToGreen",
        "failedShareOfGreen"), names(healthy.get("exposure")));
    assertTrue(healthy.at("/exposure/alarmSeconds").isNull());
    assertEquals(List.of("sent", "servedByBlue", "servedByGreen", "failed", "rps", "rateLowered"),
        names(healthy.get("requests")));
    assertEquals(List.of("replicasPerEnvironment", "peakReplicas"),
        names(healthy.get("capacity")));
    assertTrue(healthy.get("rollback").isNull());
    assertTrue(healthy.get("batchSize").isNull());
    assertEquals(6, healthy.at("/capacity/peakReplicas").asInt());

    JsonNode faulty = json("simulate", "--strategy", "canary", "--green-error-rate", "0.3",
        "--format", "json");
    JsonNode rollback = faulty.get("rollback");
    assertEquals(List.of("triggeredAtSeconds", "detectSeconds", "durationSeconds", "counts"),
        names(rollback));
    assertEquals(counts, names(rollback.get("counts")));
    assertTrue(rollback.get("detectSeconds").asDouble() >= 5, rollback.toString());
    assertEquals(rollback.get("triggeredAtSeconds").asText(),
        faulty.at("/exposure/alarmSeconds").asText());
    // canary's first shift sends 10% of the 1,000 users to green; the alarm stops the rest
    assertEquals(100, faulty.at("/exposure/usersRoutedToGreen").asInt());
    assertEquals("11.004", faulty.at("/time/fullSwitchSeconds").asText());
    assertEquals(faulty.at("/requests/sent").asLong(), faulty.at("/requests/servedByBlue")
        .asLong() + faulty.at("/requests/servedByGreen").asLong()
        + faulty.at("/requests/failed").asLong());
  }

  @Test
  void theSameArgumentsPrintTheSameBytes() {
    for (String format : List.of("table", "csv", "json")) {
      String[] args = {"simulate", "--compare", "--users", "2000", "--green-error-rate", "0.2",
          "--format", format};
      CliRun first = CliRun.of(args);
      assertEquals(0, first.exitCode(), first.err());
      assertEquals(first.out(), CliRun.of(args).out(), format);
      assertFalse(first.out().equals(CliRun.of(withSeed(args, "7")).out()),
          "another seed gives other requests (" + format + ")");
    }
  }

  private static String[] withSeed(String[] args, String seed) {
    List<String> list = new ArrayList<>(List.of(args));
    list.add("--seed");
    list.add(seed);
    return list.toArray(String[]::new);
  }

  @Test
  void anotherRequestRateLeavesTheSwitchTimingAlone() throws Exception {
    for (String strategy : List.of("per-user", "pointer-swap", "linear")) {
      JsonNode slow = json("simulate", "--strategy", strategy, "--rps", "50", "--format", "json");
      JsonNode fast = json("simulate", "--strategy", strategy, "--rps", "5e3", "--format", "json");
      assertEquals(slow.get("time"), fast.get("time"), strategy);
      assertTrue(fast.at("/requests/sent").asLong() > 10 * slow.at("/requests/sent").asLong());
    }
  }

  @Test
  void saysSoWhenTheRateIsLowered() throws Exception {
    CliRun table = CliRun.of("simulate", "--users", "1e5", "--max-requests", "1000");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("Rate lowered from 1,000/s to "), table.out());
    assertTrue(table.out().contains("(seed 42)"), table.out());
    JsonNode json = json("simulate", "--users", "1e5", "--max-requests", "1000", "--format",
        "json");
    assertTrue(json.at("/requests/rateLowered").asBoolean());
    assertTrue(json.at("/requests/rps").asDouble() < 1000);
    assertTrue(json.at("/requests/sent").asLong() <= 1000);
  }

  @Test
  void tableAndCsvShowWhereEveryUserRoutes() {
    CliRun table = CliRun.of("simulate", "--strategy", "pointer-swap", "--users", "1e6");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("pointer writes"), table.out());
    assertTrue(table.out().matches("(?s).*users on green\\s+1,000,000\\n.*"), table.out());
    assertTrue(table.out().matches("(?s).*mixed-version window\\s+1 s\\n.*"), table.out());
    CliRun csv = CliRun.of("simulate", "--users", "10", "--format", "csv");
    String[] lines = csv.out().split("\n");
    assertEquals(2, lines.length, csv.out());
    assertTrue(lines[0].startsWith("strategy,users,batchSize,seed,operations"), lines[0]);
    assertTrue(lines[1].startsWith("per-user,10,,42,10,10,10,0,"), lines[1]);
    List<String> header = List.of(lines[0].split(","));
    String[] row = lines[1].split(",", -1);
    assertEquals(header.size(), row.length);
    assertEquals(row[header.indexOf("sent")], row[header.indexOf("routingReads")],
        "one routing read per request");
  }

  @Test
  void compareShowsEveryStrategySideBySideAndWhichOnesLimitTheDamage() throws Exception {
    CliRun run = CliRun.of("simulate", "--compare", "--users", "1e5", "--rps", "2000",
        "--green-error-rate", "30%");
    assertEquals(0, run.exitCode(), run.err());
    String header = run.out().lines().filter(l -> l.contains("pointer-swap")).findFirst()
        .orElseThrow();
    for (String strategy : List.of("per-user", "batched", "pointer-swap", "canary", "linear")) {
      assertTrue(header.contains(strategy), header);
    }
    for (String row : List.of("mixed-version window", "routed to green", "failed",
        "update calls", "rollback at", "rollback took")) {
      assertTrue(run.out().contains(row), row + " in\n" + run.out());
    }
    assertTrue(run.out().lines().count() < 40, "one screen:\n" + run.out());

    JsonNode runs = json("simulate", "--compare", "--users", "1e5", "--rps", "2000",
        "--green-error-rate", "30%", "--format", "json");
    assertEquals(5, runs.size());
    long pointerFailed = runs.get(2).at("/requests/failed").asLong();
    assertEquals("pointer-swap", runs.get(2).get("strategy").asText());
    assertTrue(3 * runs.get(3).at("/requests/failed").asLong() < pointerFailed);
    assertTrue(3 * runs.get(4).at("/requests/failed").asLong() < pointerFailed);
  }

  @Test
  void theCommandLineDefaultsAreTheSimulatorDefaults() {
    SimulateCommand command = new SimulateCommand();
    new CommandLine(command).parseArgs();
    SimulationConfig config = command.config();
    assertEquals("per-user", config.strategy().name());
    assertEquals(SimulationConfig.of("per-user", 1000).withStrategy(config.strategy()), config);
    SimulateCommand unparsed = new SimulateCommand();
    assertEquals(SimulationConfig.of("per-user", 1000).options(),
        unparsedOptions(unparsed), "the fields start at the simulator's defaults too");
  }

  private static Object unparsedOptions(SimulateCommand command) {
    command.strategy = "per-user";
    command.users = 1000;
    command.seed = 42;
    return command.config().options();
  }

  @ParameterizedTest
  @CsvSource({"1000", "1_000", "1e3", "1.0e3", "1E3"})
  void acceptsUserCountsAsPeopleWriteThem(String users) throws Exception {
    assertEquals(1000, json("simulate", "--users", users, "--format", "json").get("users")
        .asInt());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--users|0|--users",
    "--users|-5|--users",
    "--users|abc|--users",
    "--users|1.5|--users",
    "--users|3e9|--users",
    "--batch-size|0|--batch-size",
    "--strategy|teleport|per-user, batched, pointer-swap, canary, linear",
    "--format|xml|table, csv, json",
    "--rps|-1|--rps",
    "--rps|fast|--rps",
    "--max-requests|-10|--max-requests",
    "--max-requests|lots|--max-requests",
    "--call-latency|-1ms|--call-latency",
    "--entry-write|1 parsec|--entry-write",
    "--pointer-write|-2s|--pointer-write",
    "--propagation|soon|--propagation",
    "--bake-time|-10s|--bake-time",
    "--monitor-window|0|--monitor-window",
    "--green-error-rate|1.5|--green-error-rate",
    "--green-error-rate|-0.1|--green-error-rate",
    "--green-error-rate|often|--green-error-rate",
    "--error-threshold|101%|--error-threshold",
    "--canary-share|0|--canary-share",
    "--linear-step|2|--linear-step",
    "--nodes|0|--nodes",
    "--nodes|200000|--nodes",
    "--replicas|-3|--replicas",
    "--replicas|1500000000|from 1 to 10,000",
    "--max-requests|1e10|1,000,000,000 requests",
    "--seed|abc|a seed is a whole number",
    "--timeline|''|the path is empty",
    "--timeline|/|is a directory",
  })
  void badInputIsOneLineAndExitCodeTwo(String option, String value, String mentioned) {
    CliRun run = CliRun.of("simulate", option, value);
    assertEquals(2, run.exitCode(), run.err());
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

  private static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    return JsonOutput.mapper().readTree(run.out());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
