package org.bglab.simulator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.bglab.simulator.kernel.Durations;

/** Traffic, propagation and keep-alive behaviour of the cluster model. */
class ClusterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode selectorPatch(String env) {
    return JSON.createObjectNode().set("spec", JSON.createObjectNode().set("selector",
        JSON.createObjectNode().put("env", env)));
  }

  /** Blue and green with {@code replicas} ready pods each, the Service on blue, all synced. */
  private static Cluster cluster(int replicas, PropagationSettings settings) {
    Cluster cluster = new Cluster();
    cluster.configurePropagation(settings);
    cluster.createDeployment("blue", "model:v1", replicas, Labels.parse("app=model,env=blue"));
    cluster.createDeployment("green", "model:v2", replicas, Labels.parse("app=model,env=green"));
    cluster.createService("model-service", Labels.parse("app=model,env=blue"), 80, 8080);
    cluster.advanceTo(cluster.readinessDelay() + 60 * Durations.SECOND);
    return cluster;
  }

  private static Tally send(Cluster cluster, int requests, SplittableRandom random) {
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    for (int i = 0; i < requests; i++) {
      RequestOutcome outcome = cluster.sendRequest("model-service", random);
      counts.merge(outcome.isFailed() ? "failed" : outcome.deployment(), 1L, Long::sum);
    }
    return new Tally(new java.util.TreeMap<>(counts));
  }

  @Test
  void requestsGoToEndpointsAndFailWithoutThem() {
    Cluster cluster = cluster(3, PropagationSettings.INSTANT);
    assertEquals(100, send(cluster, 100, new SplittableRandom(1)).get("blue"));
    cluster.deleteDeployment("blue");
    assertEquals(100, send(cluster, 100, new SplittableRandom(1)).get("failed"));
    assertEquals("service not found", cluster.sendRequest("other", new SplittableRandom(1)).failure());
  }

  @Test
  void requestsSpreadOverEveryEndpoint() {
    Cluster cluster = cluster(4, PropagationSettings.INSTANT);
    SplittableRandom random = new SplittableRandom(3);
    java.util.Set<String> pods = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      pods.add(cluster.sendRequest("model-service", random).pod());
    }
    assertEquals(4, pods.size());
  }

  @Test
  void aNodeThatHasNotSyncedStillRoutesToTheOldEndpoints() {
    PropagationSettings settings = new PropagationSettings(4, 4 * Durations.SECOND, 0, 0, 0);
    Cluster cluster = cluster(2, settings);
    long patchedAt = cluster.now();
    cluster.patchService("model-service", selectorPatch("green"));
    assertEquals(1000, send(cluster, 1000, new SplittableRandom(5)).get("blue"), "no node has synced yet");
    cluster.advanceTo(patchedAt + 2 * Durations.SECOND);
    Tally half = send(cluster, 4000, new SplittableRandom(5));
    assertTrue(half.get("blue") > 1500 && half.get("green") > 1500, half::toString);
    assertEquals(2, cluster.lastPatch("model-service").orElseThrow().nodesSynced());
    cluster.advanceTo(patchedAt + 4 * Durations.SECOND);
    assertEquals(1000, send(cluster, 1000, new SplittableRandom(5)).get("green"));
    PropagationReport report = cluster.lastPatch("model-service").orElseThrow();
    assertTrue(report.isComplete());
    assertEquals(4.0, report.propagationSeconds(), 1e-9);
  }

  @Test
  void deletingOldPodsBeforeEveryNodeSyncedFailsRequestsThroughStaleNodes() {
    Cluster cluster = cluster(2, new PropagationSettings(2, 2 * Durations.SECOND, 0, 0, 0));
    cluster.patchService("model-service", selectorPatch("green"));
    cluster.deleteDeployment("blue");
    Tally tally = send(cluster, 1000, new SplittableRandom(9));
    assertEquals(1000, tally.get("failed"));
    assertEquals("pod gone", cluster.sendRequest("model-service", new SplittableRandom(9)).failure());
  }

  private static PropagationReport patchCost(int replicas, int nodes) {
    PropagationSettings settings = new PropagationSettings(nodes, Durations.SECOND, 5 * Durations.MILLISECOND,
        Durations.MILLISECOND, 100);
    Cluster cluster = cluster(replicas, settings);
    cluster.patchService("model-service", selectorPatch("green"));
    cluster.advanceTo(cluster.now() + 30 * Durations.SECOND);
    return cluster.lastPatch("model-service").orElseThrow();
  }

  @Test
  void aPatchIsOneWriteWhilePropagationGrowsWithEndpointsAndNodes() {
    PropagationReport small = patchCost(3, 3);
    PropagationReport moreEndpoints = patchCost(30, 3);
    PropagationReport moreNodes = patchCost(3, 30);
    for (PropagationReport report : new PropagationReport[] {small, moreEndpoints, moreNodes}) {
      assertEquals(1, report.selectorWrites());
      assertTrue(report.isComplete());
      assertEquals(report.nodes(), report.nodesSynced());
    }
    assertEquals(6, small.endpointsTouched());
    assertEquals(60, moreEndpoints.endpointsTouched());
    assertEquals(6, moreNodes.endpointsTouched());
    assertEquals(3 * 6, small.proxyRuleWrites());
    assertEquals(3 * 60, moreEndpoints.proxyRuleWrites());
    assertEquals(30 * 6, moreNodes.proxyRuleWrites());
    assertTrue(moreEndpoints.propagationNanos() > small.propagationNanos());
    assertTrue(moreNodes.propagationNanos() > small.propagationNanos());
  }

  @Test
  void theSelectorWriteDoesNotDependOnTraffic() {
    Cluster quiet = cluster(3, PropagationSettings.INSTANT);
    Cluster busy = cluster(3, PropagationSettings.INSTANT);
    send(busy, 50_000, new SplittableRandom(2));
    long quietBefore = quiet.counts().operations().pointerWrites();
    long busyBefore = busy.counts().operations().pointerWrites();
    quiet.patchService("model-service", selectorPatch("green"));
    busy.patchService("model-service", selectorPatch("green"));
    assertEquals(1, quiet.counts().operations().pointerWrites() - quietBefore);
    assertEquals(1, busy.counts().operations().pointerWrites() - busyBefore);
    assertEquals(50_000, busy.counts().operations().routingReads());
    assertEquals(0, busy.counts().operations().entriesWritten());
  }

  @Test
  void keepAliveConnectionsStayOnTheirPodUntilTheyClose() {
    Cluster cluster = cluster(3, PropagationSettings.INSTANT);
    SplittableRandom random = new SplittableRandom(11);
    assertEquals(20, cluster.openConnections("model-service", 20, 60 * Durations.SECOND, random));
    cluster.patchService("model-service", selectorPatch("green"));
    for (int i = 0; i < 100; i++) {
      assertEquals("blue", cluster.sendOnConnection("model-service", random).deployment());
    }
    assertEquals("green", cluster.sendRequest("model-service", random).deployment());
    cluster.advanceTo(cluster.now() + 60 * Durations.SECOND);
    assertEquals(0, cluster.openConnections("model-service").total());
    assertEquals("green", cluster.sendOnConnection("model-service", random).deployment());
  }

  @Test
  void deletingThePodOfAnOpenConnectionResetsIt() {
    Cluster cluster = cluster(2, PropagationSettings.INSTANT);
    SplittableRandom random = new SplittableRandom(13);
    cluster.openConnections("model-service", 5, -1, random);
    cluster.patchService("model-service", selectorPatch("green"));
    cluster.deleteDeployment("blue");
    RequestOutcome outcome = cluster.sendOnConnection("model-service", random);
    assertEquals("connection reset", outcome.failure());
    assertTrue(outcome.keepAlive());
    assertEquals(4, cluster.openConnections("model-service").total());
    assertEquals(4, cluster.closeConnections("model-service"));
  }

  @Test
  void sameSeedSameTraffic() {
    Cluster first = cluster(3, new PropagationSettings(3, Durations.SECOND, 0, 0, 0));
    Cluster second = cluster(3, new PropagationSettings(3, Durations.SECOND, 0, 0, 0));
    first.patchService("model-service", selectorPatch("green"));
    second.patchService("model-service", selectorPatch("green"));
    first.advanceTo(first.now() + 500 * Durations.MILLISECOND);
    second.advanceTo(second.now() + 500 * Durations.MILLISECOND);
    SplittableRandom a = new SplittableRandom(21);
    SplittableRandom b = new SplittableRandom(21);
    for (int i = 0; i < 500; i++) {
      assertEquals(first.sendRequest("model-service", a), second.sendRequest("model-service", b));
    }
    assertFalse(first.drainEvents().isEmpty());
  }

  @Test
  void theNodesLagsComeFromTheSettingsAndAChangeIsReadyAfterItsRecomputeAndRuleRewrite() {
    PropagationSettings settings = new PropagationSettings(3, Durations.SECOND, 5 * Durations.MILLISECOND,
        Durations.MILLISECOND, 100 * Durations.MICROSECOND);
    // node k of 3: k x 5ms fan-out, then 1s x k / 3 cut to whole microseconds
    assertEquals(org.bglab.simulator.kernel.ProxyNodes.of(338_333_000L, 676_666_000L, 1_015_000_000L)
        .toString(), settings.proxyNodes().toString());
    Cluster cluster = cluster(3, settings);
    long patchedAt = cluster.now();
    cluster.patchService("model-service", selectorPatch("green"));
    // 6 endpoints touched: 6 x (1ms + 100us) before the nodes can apply it, then the slowest lag
    cluster.advanceTo(patchedAt + 6_600_000L + 1_015_000_000L - 1);
    assertEquals(2, cluster.lastPatch("model-service").orElseThrow().nodesSynced());
    cluster.drainEvents();
    cluster.advanceTo(patchedAt + 6_600_000L + 1_015_000_000L);
    assertEquals(1_021_600_000L, cluster.lastPatch("model-service").orElseThrow().propagationNanos());
    Tally green = new Tally(new java.util.TreeMap<>(java.util.Map.of("green", 3L)));
    assertEquals(java.util.List.of(new ClusterEvent.AllNodesSynced(patchedAt + 1_021_600_000L, "model-service",
        green, 3, 1_021_600_000L, ChangeCause.SELECTOR_PATCH)), cluster.drainEvents());
  }

  @Test
  void aLaterChangeNeverOvertakesAnEarlierOne() {
    Cluster cluster = cluster(30, new PropagationSettings(1, 0, 0, 10 * Durations.MILLISECOND, 0));
    long start = cluster.now();
    cluster.patchService("model-service", selectorPatch("green"));   // 60 endpoints: ready at 600ms
    cluster.advanceTo(start + 100 * Durations.MILLISECOND);
    // 30 endpoints: alone it would be ready at 400ms, but not before the change ahead of it
    cluster.patchService("model-service", selectorPatch("none"));
    cluster.advanceTo(start + 599 * Durations.MILLISECOND);
    assertEquals("blue", cluster.sendRequest("model-service", new SplittableRandom(1)).deployment());
    cluster.advanceTo(start + 600 * Durations.MILLISECOND);
    assertEquals("no endpoints", cluster.sendRequest("model-service", new SplittableRandom(1)).failure());
    assertEquals(500 * Durations.MILLISECOND, cluster.lastPatch("model-service").orElseThrow().propagationNanos());
  }

  @Test
  void propagationSettingsCannotChangeWhileAChangeTravels() {
    Cluster cluster = cluster(2, new PropagationSettings(2, 2 * Durations.SECOND, 0, 0, 0));
    cluster.patchService("model-service", selectorPatch("green"));
    IllegalStateException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> cluster.configurePropagation(PropagationSettings.INSTANT.withNodes(5)));
    assertTrue(error.getMessage().contains("model-service"), error.getMessage());
    assertEquals(2, cluster.propagation().nodes());
    cluster.advanceTo(cluster.now() + 2 * Durations.SECOND);
    cluster.configurePropagation(PropagationSettings.INSTANT.withNodes(5));
    for (int i = 0; i < 50; i++) {
      assertEquals("green", cluster.sendRequest("model-service", new SplittableRandom(i)).deployment(),
          "nodes that join have every change");
    }
  }

  @Test
  void aDeletedServicesChangesStopTravelling() {
    Cluster cluster = cluster(2, new PropagationSettings(2, 2 * Durations.SECOND, 0, 0, 0));
    long syncs = cluster.counts().propagation().proxySyncs();
    cluster.patchService("model-service", selectorPatch("green"));
    cluster.deleteService("model-service");
    cluster.advanceTo(cluster.now() + 5 * Durations.SECOND);
    assertEquals(syncs, cluster.counts().propagation().proxySyncs());
    cluster.createService("model-service", Labels.parse("app=model,env=blue"), 80, 8080);
    cluster.advanceTo(cluster.now() + 5 * Durations.SECOND);
    assertEquals("blue", cluster.sendRequest("model-service", new SplittableRandom(3)).deployment());
  }
}
