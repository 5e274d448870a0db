package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bglab.output.JsonOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineOptionTest {

  @TempDir Path directory;

  @Test
  void writesWhereRequestsWentOverTimeAndNothingElse() throws Exception {
    Path file = directory.resolve("timelines/canary.csv");
    CliRun run = CliRun.of("simulate", "--strategy", "canary", "--format", "json",
        "--timeline", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(file);
    assertEquals("seconds,requests,blue,green,failed,greenShare", lines.get(0));
    long requests = 0;
    double lastShare = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertEquals(Long.parseLong(cells[1]), Long.parseLong(cells[2]) + Long.parseLong(cells[3]));
      requests += Long.parseLong(cells[1]);
      lastShare = Double.parseDouble(cells[5]);
    }
    JsonNode json = JsonOutput.mapper().readTree(run.out());
    assertEquals(json.at("/requests/sent").asLong(), requests);
    assertEquals(1.0, lastShare, "everyone is on green by the end of the bake");
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }
    assertTrue(run.err().contains("timeline written to"), run.err());
  }

  @Test
  void compareNamesTheStrategyOfEveryRow() throws Exception {
    Path file = directory.resolve("all.csv");
    CliRun run = CliRun.of("simulate", "--compare", "--users", "100", "--format", "csv",
        "--timeline", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(file);
    assertEquals("strategy,seconds,requests,blue,green,failed,greenShare", lines.get(0));
    for (String strategy : List.of("per-user", "batched", "pointer-swap", "canary", "linear")) {
      assertTrue(lines.stream().anyMatch(line -> line.startsWith(strategy + ",")), strategy);
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsBadInput() throws Exception {
    Path blocker = Files.writeString(directory.resolve("plain-file"), "x");
    CliRun run = CliRun.of("simulate", "--timeline", blocker.resolve("t.csv").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("bglab simulate: --timeline: cannot write"), run.err());
    assertEquals("", run.out());
  }
}
