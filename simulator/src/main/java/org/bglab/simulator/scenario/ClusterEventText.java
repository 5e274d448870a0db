package org.bglab.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.cluster.ChangeCause;
import org.bglab.simulator.cluster.ClusterEvent;
import java.time.Duration;
import org.bglab.simulator.kernel.Durations;

/** A cluster event as one line of English, as the scenario transcript shows it. */
public final class ClusterEventText {

  private ClusterEventText() {}

  /** What {@code event} says, in one line. */
  public static String of(ClusterEvent event) {
    if (event instanceof ClusterEvent.PodsChanged pods) {
      return pods(pods);
    }
    if (event instanceof ClusterEvent.EndpointsChanged changed) {
      String was = changed.endpoints().equals(changed.before())
          ? changed.added() + " added, " + changed.removed() + " removed"
          : "were " + changed.before();
      return "endpoints " + changed.service() + ": " + changed.endpoints() + " (" + was + ")";
    }
    if (event instanceof ClusterEvent.SelectorRemoved removed) {
      return "endpoints " + removed.service() + ": the Service has no selector now, so the"
          + " endpoints controller stops managing them; the " + removed.endpointsKept()
          + " endpoint(s) it had stay as they are";
    }
    if (event instanceof ClusterEvent.NodeSynced synced) {
      return "kube-proxy on node-" + synced.node() + " now routes " + synced.service() + " -> "
          + synced.endpoints() + " (" + synced.nodesSynced() + " of " + synced.nodes() + " nodes)";
    }
    if (event instanceof ClusterEvent.AllNodesSynced all) {
      return "kube-proxy: all " + all.nodes() + " node(s) now route " + all.service() + " -> "
          + all.endpoints() + " (" + Durations.text(Duration.ofNanos(all.sinceChange())) + " after the "
          + (all.cause() == ChangeCause.SELECTOR_PATCH ? "selector patch" : "endpoints change") + ")";
    }
    ClusterEvent.ConnectionsClosed closed = (ClusterEvent.ConnectionsClosed) event;
    return closed.closed() + " keep-alive connection(s) to " + closed.service() + " closed";
  }

  private static String pods(ClusterEvent.PodsChanged pods) {
    int[] counts = {pods.created(), pods.ready(), pods.deleted(), pods.orphaned(), pods.terminating()};
    String[] verbs = {"created", "ready", "deleted", "orphaned by a label change",
        "terminating (serving for their grace period of " + Durations.text(Duration.ofNanos(pods.gracePeriod())) + ")"};
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < verbs.length; i++) {
      if (counts[i] > 0) {
        parts.add(counts[i] + (counts[i] == 1 ? " pod " : " pods ") + verbs[i]);
      }
    }
    String state = pods.replicas()
        .map(r -> r.ready() + "/" + r.desired() + " ready, " + r.upToDate() + " up to date")
        .orElse("deployment gone");
    return pods.deployment() + ": " + String.join(", ", parts) + " (" + state + ")";
  }
}
