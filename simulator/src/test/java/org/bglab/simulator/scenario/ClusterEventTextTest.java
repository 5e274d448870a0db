package org.bglab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bglab.simulator.cluster.ChangeCause;
import org.bglab.simulator.cluster.ClusterEvent;
import org.bglab.simulator.cluster.Tally;
import org.bglab.simulator.kernel.Durations;
import org.junit.jupiter.api.Test;

/** Each kind of cluster event, said in words: the sentences the transcript shows. */
class ClusterEventTextTest {

  private static Tally tally(String name, long count) {
    return new Tally(new TreeMap<>(Map.of(name, count)));
  }

  @Test
  void pods() {
    assertEquals("blue: 3 pods created (0/3 ready, 3 up to date)", ClusterEventText.of(
        new ClusterEvent.PodsChanged(0, "blue", 3, 0, 0, 0, 0, 0, Optional.of(new ClusterEvent.Replicas(0, 3, 3)))));
    assertEquals("green: 1 pod ready, 2 pods deleted, 1 pod orphaned by a label change (2/3 ready, 1 up to date)",
        ClusterEventText.of(new ClusterEvent.PodsChanged(0, "green", 0, 1, 2, 1, 0, 0,
            Optional.of(new ClusterEvent.Replicas(2, 3, 1)))));
    assertEquals("blue: 3 pods terminating (serving for their grace period of 30s) (deployment gone)",
        ClusterEventText.of(new ClusterEvent.PodsChanged(0, "blue", 0, 0, 0, 0, 3, 30 * Durations.SECOND,
            Optional.empty())));
  }

  @Test
  void endpoints() {
    assertEquals("endpoints model-service: green 3 (were blue 3)", ClusterEventText.of(
        new ClusterEvent.EndpointsChanged(0, "model-service", tally("green", 3), tally("blue", 3), 3, 3)));
    assertEquals("endpoints model-service: blue 3 (1 added, 1 removed)", ClusterEventText.of(
        new ClusterEvent.EndpointsChanged(0, "model-service", tally("blue", 3), tally("blue", 3), 1, 1)));
    assertEquals("endpoints model-service: the Service has no selector now, so the endpoints controller stops"
        + " managing them; the 3 endpoint(s) it had stay as they are",
        ClusterEventText.of(new ClusterEvent.SelectorRemoved(0, "model-service", 3)));
  }

  @Test
  void proxies() {
    assertEquals("kube-proxy on node-2 now routes model-service -> green 3 (2 of 3 nodes)", ClusterEventText.of(
        new ClusterEvent.NodeSynced(0, "model-service", tally("green", 3), 2, 2, 3)));
    assertEquals("kube-proxy: all 3 node(s) now route model-service -> green 3 (1.0216s after the selector patch)",
        ClusterEventText.of(new ClusterEvent.AllNodesSynced(0, "model-service", tally("green", 3), 3,
            1_021_600_000L, ChangeCause.SELECTOR_PATCH)));
    assertEquals("kube-proxy: all 100 node(s) now route model-service -> green 30 (1.533s after the endpoints change)",
        ClusterEventText.of(new ClusterEvent.AllNodesSynced(0, "model-service", tally("green", 30), 100,
            1_533_000_000L, ChangeCause.PODS)));
  }

  @Test
  void connections() {
    assertEquals("20 keep-alive connection(s) to model-service closed",
        ClusterEventText.of(new ClusterEvent.ConnectionsClosed(0, "model-service", 20)));
  }
}
