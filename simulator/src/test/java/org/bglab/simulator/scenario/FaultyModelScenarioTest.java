package org.bglab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario steps about faulty models: the setting, combined requests, and what expect can measure. */
class FaultyModelScenarioTest {

  private static final String SETUP = String.join("\n",
      "set readiness-delay 10s",
      "bglab create deployment blue --image=model:v1 --replicas=3 --labels=app=model,env=blue",
      "bglab create deployment green --image=model:v2 --replicas=3 --labels=app=model,env=green",
      "bglab create service clusterip model-service --selector=app=model,env=blue --tcp=80:8080",
      "bglab create service clusterip green-test --selector=app=model,env=green --tcp=80:8080",
      "wait 10s",
      "");

  private static ScenarioRun run(String text) {
    return Scenario.parse("t.scenario", text).run();
  }

  private static List<TranscriptEntry.Traffic> traffic(ScenarioRun run) {
    return run.transcript().stream().filter(TranscriptEntry.Traffic.class::isInstance)
        .map(TranscriptEntry.Traffic.class::cast).toList();
  }

  @Test
  void requestsToAFaultyModelReachItsPodsAndFailWithModelErrors() {
    ScenarioRun run = run(SETUP + String.join("\n",
        "set faulty-image model:v2 error-rate=1.0",
        "expect ready pods: blue 3, green 3",
        "send 100 requests to green-test",
        "send 50 requests",
        "expect all requests to green-test: green 100, failed 100, model-error 100, no-endpoints 0",
        "expect all requests to model-service: blue 50, failed 0",
        "expect last 120 requests: failed 70",
        "expect last 10 requests to green-test: green"));
    assertTrue(run.passed(), () -> String.join("\n", TranscriptText.lines(run)));
    TranscriptEntry.Traffic test = traffic(run).get(0);
    assertEquals(100, test.served().get("green"));
    assertEquals(100, test.failures().get("model error"));
    assertEquals(100, run.requestsFailed());
  }

  @Test
  void requestExpectationsCountOnlyTheNamedService() {
    ScenarioRun run = run(SETUP + String.join("\n",
        "set faulty-image model:v2 error-rate=1.0",
        "send 100 requests to green-test",
        "expect all requests to model-service: failed 0",
        "expect last 1 request to model-service: failed 0",
        "expect all requests: failed 0"));
    assertEquals(List.of(10, 11), run.failures().stream().map(TranscriptEntry.Expectation::line).toList());
    assertEquals("only 0 requests were sent to model-service so far", run.failures().get(0).actual());
    assertEquals("failed 100, green 100, model-error 100", run.failures().get(1).actual());
  }

  @Test
  void combinedRequestsGoToEveryServiceAndFailWhenAnyPartFails() {
    ScenarioRun run = run(SETUP + String.join("\n",
        "set faulty-image model:v2 error-rate=0.5",
        "send 400 requests to model-service and green-test",
        "expect all requests to model-service: blue 400, green 400",
        "expect all requests to green-test: none",
        "expect all requests: failed > 150, failed < 250"));
    assertTrue(run.passed(), () -> String.join("\n", TranscriptText.lines(run)));
    TranscriptEntry.Traffic combined = traffic(run).get(0);
    assertEquals(List.of("green-test"), combined.combinedWith());
    assertEquals(400, combined.requests());
    assertEquals(combined.failed(), combined.failures().get("model error"), "only green's part fails");
    assertTrue(TranscriptText.lines(run).stream().anyMatch(line ->
        line.contains("sent 400 requests to model-service and green-test (each request to all of them")));
  }

  @Test
  void podsAndEndpointsCanBeCountedByImage() {
    ScenarioRun run = run(SETUP + String.join("\n",
        "kubectl set image deployment/blue model=model:v3",
        "kubectl rollout status deployment/blue",
        "expect ready pods by image: model:v1 0, model:v2 3, model:v3 3",
        "expect endpoints model-service by image: model:v3",
        "expect endpoints model-service: blue 3",
        "expect ready pods by image: model:v1 3"));
    assertEquals(List.of(12), run.failures().stream().map(TranscriptEntry.Expectation::line).toList());
    assertEquals("model:v1 0, model:v2 3, model:v3 3", run.failures().get(0).actual());
  }

  @Test
  void summariesGiveTheDecidingNumbersFirst() {
    ScenarioRun run = run(SETUP + String.join("\n",
        "set faulty-image model:v2 error-rate=1.0",
        "send 200 requests to green-test",
        "expect all requests to green-test: failed 0",
        "kubectl delete deployment blue",
        "send 100 requests",
        "send 100 requests to green-test and model-service",
        "expect last 200 requests: blue 0",
        "expect ready pods by image: model:v1 3",
        "expect endpoints green-test: green 3"));
    List<String> summaries = run.expectations().stream().map(TranscriptEntry.Expectation::summary).toList();
    assertEquals(List.of(
        "green-test: 200/200 failed (model error), 200 to green",
        "0/200 to blue, 100 to green, 200 failed (100 model error, 100 no endpoints)",
        "ready pods: model:v1 0, model:v2 3",
        "endpoints green-test: green 3"), summaries);
  }

  @Test
  void theSameSeedFailsTheSameRequests() {
    Scenario scenario = Scenario.parse("t", SETUP + String.join("\n",
        "set faulty-image model:v2 error-rate=0.3",
        "kubectl patch service model-service -p '{\"spec\":{\"selector\":{\"env\":\"green\"}}}'",
        "send 1000 requests"));
    assertEquals(scenario.run().transcript(), scenario.run().transcript());
    long failed = scenario.run().requestsFailed();
    assertTrue(failed > 240 && failed < 360, "about 300 of 1000, got " + failed);
    assertNotEquals(scenario.run(1).transcript(), scenario.run(2).transcript());
  }
}
