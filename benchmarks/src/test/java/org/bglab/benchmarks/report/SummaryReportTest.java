package org.bglab.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bglab.benchmarks.command.CommandLineError;
import org.bglab.benchmarks.memory.MemoryRow;
import org.bglab.benchmarks.report.Verdict.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's ratios and verdicts, from hand-made JMH output with known numbers. */
class SummaryReportTest {

  private static String result(String benchmark, String params, double score, String unit,
      Double perUser) {
    String secondary = perUser == null ? "{}"
        : String.format(Locale.ROOT, "{\"perUser\": {\"score\": %s, \"scoreUnit\": \"ns/op\"}}", perUser);
    return String.format(Locale.ROOT,
        "{\"jmhVersion\": \"1.37\", \"benchmark\": \"org.bglab.benchmarks.x.%s\", \"mode\": \"avgt\","
            + " \"forks\": 1, \"params\": {%s}, \"primaryMetric\": {\"score\": %s,"
            + " \"scoreError\": \"NaN\", \"scoreUnit\": \"%s\"}, \"secondaryMetrics\": %s}",
        benchmark, params, score, unit, secondary);
  }

  private static String switchCost(String implementation, int n, double perSwitch, double perUser) {
    return result("SwitchCostBenchmark.switchAllUsers",
        "\"n\": \"" + n + "\", \"implementation\": \"" + implementation + "\"", perSwitch, "ns/op", perUser);
  }

  private static String overhead(String loop, int n, double perUser) {
    return result("SimulatorOverheadBenchmark.switchAllUsers",
        "\"n\": \"" + n + "\", \"loop\": \"" + loop + "\"", perUser * n, "ns/op", perUser);
  }

  private static String hold(String list, double eventsPerSecond) {
    return result("HoldBenchmark.hold", "\"pending\": \"10000\", \"eventList\": \"" + list + "\"",
        eventsPerSecond, "ops/s", null);
  }

  private static List<JmhResult> parse(Path folder, List<String> results) throws Exception {
    Path file = folder.resolve("run.json");
    Files.writeString(file, "[" + String.join(",\n", results) + "]");
    return JmhResult.read(file);
  }

  @Test
  void judgesEachTargetFromTheRatiosOfTheRun(@TempDir Path folder) throws Exception {
    List<String> results = new ArrayList<>();
    results.add(switchCost("NAIVE_MAP", 1000, 20_000, 20));
    results.add(switchCost("PER_USER", 1000, 1000, 1));
    results.add(switchCost("NAIVE_MAP", 100_000, 8_000_000, 80));
    results.add(switchCost("PER_USER", 100_000, 100_000, 1));
    results.add(switchCost("POINTER_SWAP", 1000, 4, 0.004));
    results.add(switchCost("POINTER_SWAP", 100_000, 5, 0.00005));
    results.add(overhead("COUNTED_SWITCH", 1000, 1.2));
    results.add(overhead("UNCOUNTED_LOOP", 1000, 1.0));
    results.add(hold("PRIORITY_QUEUE", 4e6));
    results.add(hold("SSJ_DEFAULT", 2e6));
    List<MemoryRow> memory = List.of(
        new MemoryRow("NAIVE_MAP", 1000, 100_000L, 99_000), new MemoryRow("COMPACT_TABLE", 1000, 1000L, 990));

    List<Verdict> verdicts = new SummaryReport(parse(folder, results), memory).verdicts();

    assertEquals(List.of(Status.MISSED, Status.MET, Status.MET, Status.PENDING, Status.PENDING,
        Status.MET), verdicts.stream().map(Verdict::status).toList());
    assertEquals("20.0x at n=1,000 (missed), 80.0x at n=100,000", verdicts.get(0).measured());
    assertEquals("4.00 to 5.00 ns per switch over n=1,000..100,000: 1.25x", verdicts.get(1).measured());
    assertEquals("1.20x at n=1,000", verdicts.get(2).measured());
    assertEquals("100x at n=1,000", verdicts.get(5).measured());
  }

  @Test
  void judgesTheEngineOnceItsResultIsThere(@TempDir Path folder) throws Exception {
    List<JmhResult> results = parse(folder, List.of(
        hold("PRIORITY_QUEUE", 4e6), hold("SSJ_DEFAULT", 2.5e6), hold("BGLAB_ENGINE", 4.5e6)));
    HoldSection section = new HoldSection(results);
    // 4.5 / 2.5 = 1.8: not yet twice SSJ; 4.5 > 4: faster than the queue
    assertEquals(List.of(Status.MISSED, Status.MET),
        section.verdicts().stream().map(Verdict::status).toList());
  }

  @Test
  void rendersTheSameTextForTheSameInput(@TempDir Path folder) throws Exception {
    List<JmhResult> results = parse(folder, List.of(switchCost("BATCHED", 1000, 80, 0.08)));
    String first = new SummaryReport(results, List.of()).render("`run.json`", null);
    String second = new SummaryReport(results, List.of()).render("`run.json`", null);
    assertEquals(first, second);
    assertTrue(first.contains("| 1,000 | - | - | 80.0 | - |"), first);
  }

  @Test
  void rejectsAFileThatIsNotJmhOutput(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("bad.json");
    Files.writeString(file, "{\"rows\": []}");
    CommandLineError error = assertThrows(CommandLineError.class, () -> JmhResult.read(file));
    assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
    assertThrows(CommandLineError.class, () -> JmhResult.read(folder.resolve("missing.json")));
  }
}
