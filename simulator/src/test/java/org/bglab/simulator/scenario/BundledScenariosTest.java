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
    assertTrue(names.size() >= 8);
    assertTrue(names.containsAll(List.of("safe-workflow", "faulty-green", "delete-blue-first", "selector-not-patched",
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

  private static List<TranscriptEntry.Traffic> trafficTo(ScenarioRun run, String service) {
    return run.transcript().stream().filter(TranscriptEntry.Traffic.class::isInstance)
        .map(TranscriptEntry.Traffic.class::cast).filter(t -> t.service().equals(service)).toList();
  }

  @Test
  void aFaultyGreenIsCaughtByItsTestServiceWhileUsersSeeNoError() throws IOException {
    ScenarioRun run = Scenario.parse("f", resource("faulty-green.scenario")).run();
    List<TranscriptEntry.Traffic> test = trafficTo(run, "green-test");
    List<TranscriptEntry.Traffic> users = trafficTo(run, "model-service");
    assertEquals(1, test.size());
    assertEquals(test.get(0).requests(), test.get(0).served().get("green"), "green was ready and served the test");
    assertTrue(test.get(0).failures().get("model error") > 0, test.get(0)::toString);
    assertEquals(test.get(0).failed(), test.get(0).failures().get("model error"), "only model errors");
    assertTrue(users.stream().mapToLong(TranscriptEntry.Traffic::requests).sum() >= 1000);
    assertEquals(0, users.stream().mapToLong(TranscriptEntry.Traffic::failed).sum());
    assertEquals(0, users.stream().mapToLong(t -> t.served().get("green")).sum());
    assertEquals(run.requestsFailed(), test.get(0).failed(), "the test took every error");
  }

  @Test
  void rollingBackEndsTheErrorsForNewConnectionsButNotForKeepAliveOnesToGreen() throws IOException {
    ScenarioRun run = Scenario.parse("r", resource("rollback.scenario")).run();
    List<TranscriptEntry.Traffic> users = trafficTo(run, "model-service");
    assertEquals(4, users.size());
    TranscriptEntry.Traffic switched = users.get(0);
    TranscriptEntry.Traffic newAfterRollback = users.get(1);
    TranscriptEntry.Traffic keptAliveAfterRollback = users.get(2);
    TranscriptEntry.Traffic afterClosing = users.get(3);
    assertTrue(switched.failures().get("model error") > 0, switched::toString);
    assertEquals(switched.requests(), switched.served().get("green"));
    assertEquals(0, newAfterRollback.failed());
    assertEquals(newAfterRollback.requests(), newAfterRollback.served().get("blue"));
    assertEquals(keptAliveAfterRollback.requests(), keptAliveAfterRollback.keptAlive());
    assertEquals(keptAliveAfterRollback.requests(), keptAliveAfterRollback.served().get("green"),
        "a rollback does not move connections already open to green");
    assertTrue(keptAliveAfterRollback.failures().get("model error") > 0, keptAliveAfterRollback::toString);
    assertEquals(0, afterClosing.failed());
    assertEquals(afterClosing.requests(), afterClosing.served().get("blue"));
    assertEquals(2, run.counts().operations().pointerWrites());
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
