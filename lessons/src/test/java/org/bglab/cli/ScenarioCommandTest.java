package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandTest {

  @TempDir Path dir;

  private String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }

  @Test
  void listsTheBundledScenariosOnePerLine() {
    CliRun run = CliRun.of("scenario", "--list");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.size() >= 7, run.out());
    assertTrue(lines.get(0).matches("safe-workflow\\s+\\S.*"), lines.get(0));
    for (String line : lines) {
      String name = line.split("\\s+")[0];
      CliRun bundled = CliRun.of("scenario", name);
      assertEquals(0, bundled.exitCode(), name + ": " + bundled.err());
      assertTrue(bundled.out().startsWith("scenario " + name + ".scenario   (seed 42)"), bundled.out());
    }
  }

  @Test
  void runsABundledScenarioByName() {
    CliRun run = CliRun.of("scenario", "safe-workflow");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("PASS  expect last 1000 requests: green 1000, blue 0, failed 0"), run.out());
    assertTrue(run.out().contains("$ kubectl patch service model-service"), run.out());
    assertTrue(run.out().contains("expectations: 8 passed, 0 failed"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void aCopiedScenarioWithOneKubectlLineChangedShowsWhereTrafficGoes() throws IOException {
    CliRun shown = CliRun.of("scenario", "--show", "safe-workflow");
    assertEquals(0, shown.exitCode());
    String changed = shown.out().replace(
        "kubectl patch service model-service -p '{\"spec\":{\"selector\":{\"env\":\"green\"}}}'",
        "kubectl rollout restart deployment/green");
    assertTrue(!changed.equals(shown.out()), "the patch line is in the bundled text");
    String file = write("my.scenario", changed);
    CliRun run = CliRun.of("scenario", file);
    assertEquals(1, run.exitCode(), run.out());
    int line = lineOf(changed, "expect endpoints model-service: green 3, blue 0");
    assertTrue(run.err().contains(file + ":" + line + ": expectation failed: expect endpoints model-service: green 3, blue 0"
        + " (actual: green 0, blue 3)"), run.err());
    assertTrue(run.out().contains("sent 1000 requests to model-service over 30s: blue 1000, failed 0"), run.out());
  }

  @Test
  void aFailedExpectationExitsOneAndNamesItsLine() throws IOException {
    String file = write("wrong.scenario", String.join("\n",
        "bglab create deployment blue --image=model:v1 --replicas=2 --labels=app=model,env=blue",
        "kubectl expose deployment blue --name=model-service --port=80",
        "kubectl rollout status deployment/blue",
        "send 10 requests",
        "expect last 10 requests: green 10", ""));
    CliRun run = CliRun.of("scenario", file, "--seed", "7");
    assertEquals(1, run.exitCode());
    assertEquals(file + ":5: expectation failed: expect last 10 requests: green 10 (actual: green 0, blue 10)",
        run.err().strip());
    assertTrue(run.out().contains("(seed 7)"), run.out());
    assertTrue(run.out().contains("FAIL  expect last 10 requests: green 10"), run.out());
  }

  @Test
  void aMalformedLineExitsTwoWithFileAndLine() throws IOException {
    String file = write("bad.scenario", "# set up\nwait 5s\nsend lots of requests\n");
    CliRun run = CliRun.of("scenario", file);
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith(file + ":3: "), run.err());
  }

  @Test
  void unknownNamesMissingFilesAndNoArgumentExitTwo() {
    for (String[] args : List.of(new String[] {"scenario", "no-such-scenario"},
        new String[] {"scenario", dir.resolve("missing.scenario").toString()},
        new String[] {"scenario", dir.toString()},
        new String[] {"scenario", "--list", "safe-workflow"},
        new String[] {"scenario", "--list", "--show"},
        new String[] {"scenario"})) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args));
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("bglab scenario: "), run.err());
      assertTrue(!run.err().contains("Exception"), run.err());
    }
  }

  private static int lineOf(String text, String line) {
    List<String> lines = text.lines().toList();
    return lines.indexOf(line) + 1;
  }
}
