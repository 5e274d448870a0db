package org.bglab.simulator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Faulty model versions: ready and routed to like any pod, but answering with errors. */
class FaultyImageTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Blue (v1) and green (v2), three ready pods each, model-service on blue. */
  private static Cluster cluster() {
    Cluster cluster = new Cluster();
    cluster.createDeployment("blue", "model:v1", 3, Labels.parse("app=model,env=blue"));
    cluster.createDeployment("green", "model:v2", 3, Labels.parse("app=model,env=green"));
    cluster.createService("model-service", Labels.parse("app=model,env=blue"), 80, 8080);
    cluster.advanceTo(cluster.readinessDelay());
    return cluster;
  }

  private static void switchTo(Cluster cluster, String env) {
    cluster.patchService("model-service", JSON.createObjectNode().set("spec",
        JSON.createObjectNode().set("selector", JSON.createObjectNode().put("env", env))));
  }

  private static List<RequestOutcome> send(Cluster cluster, int requests, SplittableRandom random) {
    List<RequestOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      outcomes.add(cluster.sendRequest("model-service", random));
    }
    return outcomes;
  }

  private static long modelErrors(List<RequestOutcome> outcomes) {
    return outcomes.stream().filter(o -> RequestOutcome.MODEL_ERROR.equals(o.failure())).count();
  }

  @Test
  void aFaultyImageIsReadyAndServedButAnswersWithErrors() {
    Cluster cluster = cluster();
    cluster.setErrorRate("model:v2", 1.0);
    assertEquals(3, cluster.deployment("green").readyReplicas(cluster.now()));
    List<RequestOutcome> onBlue = send(cluster, 100, new SplittableRandom(1));
    assertEquals(0, onBlue.stream().filter(RequestOutcome::isFailed).count(), "v1 is healthy");

    switchTo(cluster, "green");
    assertEquals(3, cluster.endpoints("model-service").size(), "faulty pods are still endpoints");
    List<RequestOutcome> onGreen = send(cluster, 100, new SplittableRandom(1));
    assertEquals(100, modelErrors(onGreen));
    for (RequestOutcome outcome : onGreen) {
      assertTrue(outcome.isFailed() && outcome.reachedPod(), outcome::toString);
      assertEquals("green", outcome.deployment());
      assertEquals("model:v2", outcome.image());
    }
    assertEquals(200, cluster.counts().operations().routingReads(), "each was routed like any request");
  }

  @Test
  void theErrorRateIsAShareOfRequestsDrawnFromTheSeed() {
    Cluster first = cluster();
    Cluster second = cluster();
    for (Cluster cluster : List.of(first, second)) {
      cluster.setErrorRate("model:v2", 0.3);
      switchTo(cluster, "green");
    }
    List<RequestOutcome> a = send(first, 2000, new SplittableRandom(5));
    List<RequestOutcome> b = send(second, 2000, new SplittableRandom(5));
    assertEquals(a, b, "same seed, same requests fail");
    long errors = modelErrors(a);
    assertTrue(errors > 500 && errors < 700, "about 30% of 2000, got " + errors);
    assertNotEquals(a, send(first, 2000, new SplittableRandom(6)), "another seed fails other requests");

    first.setErrorRate("model:v2", 0);
    assertEquals(0, modelErrors(send(first, 500, new SplittableRandom(5))), "rate 0 heals the image");
  }

  @Test
  void aFaultOnAnImageNobodyRunsChangesNoRoutingChoice() {
    Cluster healthy = cluster();
    Cluster other = cluster();
    other.setErrorRate("model:v9", 0.5);
    assertEquals(send(healthy, 300, new SplittableRandom(8)), send(other, 300, new SplittableRandom(8)));
  }

  @Test
  void keepAliveConnectionsOpenToFaultyPodsAndTheirRequestsFail() {
    Cluster cluster = cluster();
    cluster.setErrorRate("model:v2", 1.0);
    switchTo(cluster, "green");
    SplittableRandom random = new SplittableRandom(3);
    assertEquals(10, cluster.openConnections("model-service", 10, -1, random), "connecting works");
    RequestOutcome outcome = cluster.sendOnConnection("model-service", random);
    assertEquals(RequestOutcome.MODEL_ERROR, outcome.failure());
    assertTrue(outcome.keepAlive());
    assertEquals(10, cluster.openConnections("model-service").total(), "a model error keeps the connection");
  }

  @Test
  void anErrorRateOutsideZeroToOneIsRejected() {
    Cluster cluster = cluster();
    assertThrows(IllegalArgumentException.class, () -> cluster.setErrorRate("model:v2", 1.5));
    assertThrows(IllegalArgumentException.class, () -> cluster.setErrorRate("model:v2", -0.1));
    assertThrows(IllegalArgumentException.class, () -> cluster.setErrorRate("model:v2", Double.NaN));
    cluster.setErrorRate("model:v2", 0.25);
    assertEquals(0.25, cluster.errorRate("model:v2"));
    assertEquals(java.util.Map.of("model:v2", 0.25), cluster.faultyImages());
  }
}
