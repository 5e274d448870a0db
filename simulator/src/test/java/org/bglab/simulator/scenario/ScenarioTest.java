package org.bglab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.bglab.simulator.cluster.ClusterEvent;
import org.bglab.simulator.kernel.Durations;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final String SETUP = String.join("\n",
      "set readiness-delay 10s",
      "bglab create deployment blue --image=model:v1 --replicas=3 --labels=app=model,env=blue",
      "bglab create deployment green --image=model:v2 --replicas=3 --labels=app=model,env=green",
      "kubectl expose deployment blue --name=model-service --port=80",
      "wait 10s",
      "");

  private static ScenarioRun run(String text) {
    return Scenario.parse("t.scenario", text).run();
  }

  /**
   * KEP-1669 and the EndpointSlice "terminating" condition: a terminating pod that still serves
   * gets new connections only while the Service has no ready endpoint.
   */
  @Test
  void terminatingPodsServeOnlyWhileNoEndpointIsReadyAndOnlyForTheirGracePeriod() {
    ScenarioRun run = run(String.join("\n",
        "set termination-grace 30s",
        "bglab create deployment blue --image=model:v1 --replicas=3 --labels=app=model,env=blue",
        "kubectl expose deployment blue --name=model-service --port=80",
        "kubectl rollout status deployment/blue",
        "bglab create deployment green --image=model:v2 --replicas=3 --labels=app=model,env=blue",
        "kubectl delete deployment blue",
        "# blue's pods terminate; green is not ready yet: the terminating pods still serve",
        "expect endpoints: none",
        "send 100 requests",
        "expect last 100 requests: blue 100, failed 0",
        "kubectl get pods",
        "expect output: Terminating",
        "wait 10s",
        "# green is ready now: ready endpoints win over terminating ones",
        "send 100 requests",
        "expect last 100 requests: green 100, failed 0",
        "wait 25s",
        "expect ready pods: green 3, blue 0"));
    assertTrue(run.passed(), () -> String.join("\n", TranscriptText.lines(run)));
    assertTrue(run.transcript().stream().anyMatch(entry -> entry instanceof TranscriptEntry.Event event
            && event.event() instanceof ClusterEvent.PodsChanged pods && pods.deployment().equals("blue")
            && pods.terminating() == 3 && pods.gracePeriod() == 30 * Durations.SECOND),
        () -> String.join("\n", TranscriptText.lines(run)));
    ScenarioRun without = run(String.join("\n",
        "bglab create deployment blue --image=model:v1 --replicas=3 --labels=app=model,env=blue",
        "kubectl expose deployment blue --name=model-service --port=80",
        "kubectl rollout status deployment/blue",
        "bglab create deployment green --image=model:v2 --replicas=3 --labels=app=model,env=blue",
        "kubectl delete deployment blue",
        "send 100 requests",
        "expect last 100 requests: failed 100, no-endpoints 100"));
    assertTrue(without.passed(), "bglab's default: a deleted pod stops serving at once");
  }

  @Test
  void aWaitThatWouldOverflowTheClockIsAnErrorNamingItsLine() {
    // each wait fits the nanosecond clock (about 171 years); the two together do not
    IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> run("wait 1500000h\nwait 1500000h\n"));
    assertTrue(error.getMessage().startsWith("line 2: 'wait 1500000h' would take the"),
        error.getMessage());
    // one wait longer than the whole clock is refused when the scenario is read
    ScenarioSyntaxException tooLong = org.junit.jupiter.api.Assertions.assertThrows(
        ScenarioSyntaxException.class, () -> run("wait 2000000000h\n"));
    assertTrue(tooLong.getMessage().contains("longer than the simulated clock can count"),
        tooLong.getMessage());
  }

  @Test
  void propagationSettingsWaitUntilNoChangeIsTravellingAndTheErrorNamesTheLine() {
    String patch = "kubectl patch service model-service -p '{\"spec\":{\"selector\":{\"env\":\"green\"}}}'\n";
    String start = "set nodes 2\nset proxy-sync-delay 2s\n" + SETUP + patch;
    IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> run(start + "set nodes 3\n"));
    assertEquals("line 9: 'set nodes 3': the kube-proxies are still applying a change of the endpoints of"
        + " model-service (until 12s); change how changes propagate once every node has it", error.getMessage());
    ScenarioRun later = run(start + "wait 2s\nset nodes 3\nsend 300 requests\nexpect last 300 requests: green 300\n");
    assertTrue(later.passed(), () -> String.join("\n", TranscriptText.lines(later)));
  }

  @Test
  void aWrongExpectationFailsNamingItsLine() {
    ScenarioRun run = run(SETUP + String.join("\n",
        "send 100 requests",
        "expect last 100 requests: blue 100",
        "# the selector was never patched, so this is wrong:",
        "expect last 100 requests: green 100"));
    assertFalse(run.passed());
    assertEquals(1, run.failures().size());
    TranscriptEntry.Expectation failure = run.failures().get(0);
    assertEquals(9, failure.line());
    assertEquals("expect last 100 requests: green 100", failure.text());
    assertEquals("green 0, blue 100", failure.actual());
    assertTrue(TranscriptText.lines(run).stream().anyMatch(line -> line.contains("FAIL") && line.contains("    9")));
  }

  @Test
  void expectationsMeasureWhatTheClusterDid() {
    ScenarioRun run = run(SETUP + String.join("\n",
        "expect endpoints model-service: blue 3, green 0",
        "expect endpoints: blue",
        "kubectl patch service model-service -p '{\"spec\":{\"selector\":{\"env\":\"green\"}}}'",
        "expect output: patched",
        "expect endpoints model-service: green",
        "expect last patch: selector-writes 1, endpoints-touched 6, proxy-rule-writes 6, nodes-synced 1, seconds 0",
        "send 500 requests",
        "expect last 500 requests: green",
        "expect counts: selector-writes 1, per-user-entries 0, requests-routed 500",
        "kubectl delete deployment nope",
        "expect error: NotFound"));
    assertTrue(run.passed(), () -> String.join("\n", TranscriptText.lines(run)));
    assertEquals(8, run.expectations().size());
    assertEquals(1, run.failedCommands().size());
  }

  @Test
  void bareNamesAndComparisonsCanFail() {
    ScenarioRun run = run(SETUP + String.join("\n",
        "expect endpoints: green",
        "expect endpoints: none",
        "send 10 requests",
        "expect all requests: failed > 0",
        "expect last 20 requests: blue 10",
        "expect error: NotFound",
        "expect last patch: selector-writes 0"));
    assertEquals(List.of(6, 7, 9, 10, 11, 12),
        run.failures().stream().map(TranscriptEntry.Expectation::line).toList());
    assertEquals("only 10 requests were sent so far", run.failures().get(3).actual());
  }

  @Test
  void theSameSeedGivesTheSameTranscriptAndAnotherSeedUsuallyNot() {
    String text = SETUP + String.join("\n",
        "set nodes 4",
        "set proxy-sync-delay 2s",
        "kubectl patch service model-service -p '{\"spec\":{\"selector\":{\"env\":\"green\"}}}'",
        "send 1000 requests over 3s");
    Scenario scenario = Scenario.parse("t", text);
    assertEquals(scenario.run().transcript(), scenario.run().transcript());
    assertEquals(42, scenario.run().seed());
    assertNotEquals(scenario.run(1).transcript(), scenario.run(2).transcript());
  }

  @Test
  void eventsAppearAfterTheStepThatCausedThem() {
    ScenarioRun run = run(SETUP);
    List<TranscriptEntry> entries = run.transcript();
    int created = indexOf(entries, pods -> pods.deployment().equals("blue") && pods.created() == 3);
    assertTrue(entries.get(created - 1) instanceof TranscriptEntry.Command);
    int ready = indexOf(entries, pods -> pods.deployment().equals("blue") && pods.ready() == 3);
    assertTrue(entries.get(ready - 1) instanceof TranscriptEntry.Wait);
    assertEquals(10 * Durations.SECOND, entries.get(ready).at());
  }

  private static int indexOf(List<TranscriptEntry> entries, Predicate<ClusterEvent.PodsChanged> which) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) instanceof TranscriptEntry.Event event
          && event.event() instanceof ClusterEvent.PodsChanged pods && which.test(pods)) {
        return i;
      }
    }
    throw new AssertionError("no such pods event in " + entries);
  }
}
