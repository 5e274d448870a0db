package org.bglab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario listed in {@code scenarios/index.txt} parses and all its expectations hold. */
class BundledScenariosTest {

  static String resource(String name) throws IOException {
    try (InputStream in = BundledScenariosTest.class.getResourceAsStream("/scenarios/" + name)) {
      assertNotNull(in, "missing resource scenarios/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Stream<String> names() throws IOException {
    return resource("index.txt").lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\\s+", 2)[0]);
  }

  @ParameterizedTest
  @MethodSource("names")
  void passes(String name) throws IOException {
    ScenarioRun run = Scenario.parse(name + ".scenario", resource(name + ".scenario")).run();
    assertTrue(run.passed(), () -> String.join("\n", TranscriptText.lines(run)));
    assertTrue(run.expectations().size() >= 3, "a bundled scenario checks what it shows");
    assertTrue(run.failedCommands().isEmpty(), () -> "kubectl errors: " + run.failedCommands());
  }

  @Test
  void theIndexListsTheRequiredLessons() throws IOException {
    List<String> names = names().toList();
    assertTrue(names.size() >= 7);
    assertTrue(names.containsAll(List.of("safe-workflow", "delete-blue-first", "selector-not-patched",
        "label-mismatch", "keep-alive", "rollback", "propagation-scale")), names::toString);
  }

  @Test
  void theSafeWorkflowLosesNoRequestAndDeletingBlueFirstDoes() throws IOException {
    ScenarioRun safe = Scenario.parse("s", resource("safe-workflow.scenario")).run();
    ScenarioRun early = Scenario.parse("e", resource("delete-blue-first.scenario")).run();
    assertEquals(0, safe.requestsFailed());
    assertTrue(safe.requestsSent() > 0);
    assertTrue(early.requestsFailed() > 1000);
  }

  @Test
  void theFormatGuidesExampleRunsAsItSays() throws IOException {
    String guide = resource("README.md");
    int start = guide.indexOf("## An example");
    int open = guide.indexOf("```\n", start) + 4;
    String example = guide.substring(open, guide.indexOf("```", open));
    ScenarioRun run = Scenario.parse("example", example).run();
    assertTrue(run.passed(), () -> String.join("\n", TranscriptText.lines(run)));
    assertEquals(3, run.expectations().size());
    ScenarioRun typo = Scenario.parse("typo", example.replace("{\"env\":\"green\"}", "{\"env\":\"gren\"}")).run();
    assertEquals(1500, typo.requestsFailed());
  }
}
