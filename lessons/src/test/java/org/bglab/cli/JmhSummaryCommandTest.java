package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhSummaryCommandTest {

  @TempDir Path dir;

  private static final String HOLD = "[{\"benchmark\": \"org.bglab.benchmarks.hold.HoldBenchmark.hold\","
      + " \"mode\": \"thrpt\", \"params\": {\"pending\": \"10000\", \"eventList\": \"%s\"},"
      + " \"primaryMetric\": {\"score\": %s, \"scoreError\": 1.0, \"scoreUnit\": \"ops/s\"}}]";

  @Test
  void writesTheSummaryOfSeveralFilesAtomically() throws IOException {
    Path engine = Files.writeString(dir.resolve("engine.json"),
        String.format(HOLD, "BGLAB_ENGINE", "6000000"));
    Path ssj = Files.writeString(dir.resolve("ssj.json"), String.format(HOLD, "SSJ_DEFAULT", "2000000"));
    Path out = dir.resolve("deep/SUMMARY.md");
    CliRun run = CliRun.of("jmh-summary", "--jmh", engine + "," + ssj, "--machine", "test box",
        "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String text = Files.readString(out);
    assertTrue(text.contains("| bglab engine at least 2x the events per second of SSJ's default"
        + " event list | 6.00 M vs 2.00 M events/s: 3.00x | met |"), text);
    assertTrue(text.contains("- Machine: test box"), text);
    try (var listing = Files.list(out.getParent())) {
      assertEquals(1, listing.count(), "only the summary, no temporary file");
    }
  }

  @Test
  void printsToStandardOutputWithoutOut() throws IOException {
    Path engine = Files.writeString(dir.resolve("engine.json"),
        String.format(HOLD, "BGLAB_ENGINE", "6000000"));
    CliRun run = CliRun.of("jmh-summary", "--jmh", engine.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# Benchmark summary\n"), run.out());
  }

  @Test
  void badFilesExitWithCodeTwoAndOneLine() throws IOException {
    Path notJmh = Files.writeString(dir.resolve("rows.json"), "{\"rows\": []}");
    for (String[] args : new String[][] {
        {"jmh-summary", "--jmh", dir.resolve("missing.json").toString()},
        {"jmh-summary", "--jmh", notJmh.toString()},
        {"jmh-summary", "--jmh", notJmh.toString().replace("rows", "x"), "--memory", "m.json"},
        {"jmh-summary"},
    }) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(!run.err().contains("Exception"), run.err());
    }
  }

  @Test
  void isHiddenFromTheListOfCommands() {
    CliRun run = CliRun.of("--help");
    assertTrue(!run.out().contains("jmh-summary"), run.out());
  }
}
