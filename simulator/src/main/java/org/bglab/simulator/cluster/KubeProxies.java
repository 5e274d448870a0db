package org.bglab.simulator.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.function.Consumer;
import org.bglab.simulator.kernel.Duration;

/**
 * The kube-proxy of every node: each holds its own copy of every Service's endpoints and routes
 * the requests entering its node by that copy, which catches up with a change only when the node
 * syncs (see {@link PropagationSettings} for the timing).
 */
final class KubeProxies {

  private static final class Node {
    final String name;
    final Map<String, EndpointsController.EndpointSet> views = new HashMap<>();
    boolean removed;

    Node(String name) {
      this.name = name;
    }

    EndpointsController.EndpointSet view(String service) {
      return views.getOrDefault(service, EndpointsController.EndpointSet.EMPTY);
    }
  }

  private final ClusterClock clock;
  private final Consumer<ClusterEvent> events;
  private final List<Node> nodes = new ArrayList<>();
  private PropagationSettings settings = PropagationSettings.INSTANT;
  private long ruleWrites;
  private long syncs;

  KubeProxies(ClusterClock clock, Consumer<ClusterEvent> events) {
    this.clock = clock;
    this.events = events;
    nodes.add(new Node("node-1"));
  }

  PropagationSettings settings() {
    return settings;
  }

  /** Applies new settings; nodes added join with every Service's current endpoints. */
  void configure(PropagationSettings newSettings, EndpointsController endpoints, Iterable<String> services) {
    while (nodes.size() > newSettings.nodes()) {
      nodes.remove(nodes.size() - 1).removed = true;
    }
    while (nodes.size() < newSettings.nodes()) {
      Node node = new Node("node-" + (nodes.size() + 1));
      services.forEach(service -> node.views.put(service, endpoints.of(service)));
      nodes.add(node);
    }
    settings = newSettings;
  }

  int nodeCount() {
    return nodes.size();
  }

  long ruleWrites() {
    return ruleWrites;
  }

  long syncs() {
    return syncs;
  }

  /**
   * Schedules every node's sync to {@code target}, after a recompute that touched {@code touched}.
   * Node {@code k} of {@code n} waits {@code k/n} of the proxy sync delay, cut to whole
   * microseconds (the grain the transcript's time column shows).
   */
  void publish(EndpointsController.EndpointSet target, long touched, Propagation propagation) {
    long recompute = touched * settings.recomputePerEndpoint();
    int count = nodes.size();
    for (int k = 1; k <= count; k++) {
      Node node = nodes.get(k - 1);
      long stagger = settings.proxySyncDelay() * k / count / Duration.MICROSECOND * Duration.MICROSECOND;
      long delay = recompute + k * settings.fanoutPerNode() + stagger;
      clock.schedule(delay, () -> startSync(node, target, propagation));
    }
  }

  private void startSync(Node node, EndpointsController.EndpointSet target, Propagation propagation) {
    if (node.removed) {
      propagation.recordNodeSynced(clock.now());
      return;
    }
    EndpointsController.EndpointSet current = node.view(propagation.service());
    if (current.generation() >= target.generation()) {
      finish(node, propagation);
      return;
    }
    Set<Pod> union = new LinkedHashSet<>(current.pods());
    union.addAll(current.terminating());
    union.addAll(target.pods());
    union.addAll(target.terminating());
    long rules = 0;
    for (Pod ignored : union) {
      rules++;
    }
    ruleWrites += rules;
    syncs++;
    propagation.recordRuleWrites(rules);
    clock.schedule(rules * settings.rulePerEndpoint(), () -> {
      if (node.view(propagation.service()).generation() < target.generation()) {
        node.views.put(propagation.service(), target);
      }
      finish(node, propagation);
    });
  }

  private void finish(Node node, Propagation propagation) {
    boolean last = propagation.recordNodeSynced(clock.now());
    long elapsed = clock.now() - propagation.report().startedAt();
    if (elapsed == 0) {
      return;
    }
    String what = propagation.service() + " -> " + propagation.after();
    if (last) {
      events.accept(new ClusterEvent(clock.now(), "kube-proxy: all " + propagation.nodes()
          + " node(s) now route " + what + " (" + new Duration(elapsed).text() + " after the "
          + ("patch".equals(propagation.cause()) ? "selector patch" : "endpoints change") + ")"));
    } else if (propagation.nodes() <= 4) {
      events.accept(new ClusterEvent(clock.now(), "kube-proxy on " + node.name + " now routes " + what
          + " (" + propagation.nodesSynced() + " of " + propagation.nodes() + " nodes)"));
    }
  }

  /**
   * Picks the endpoint for one request entering through a random node.
   *
   * @return the pod chosen by that node's proxy (a ready endpoint, or when there is none a serving
   *     terminating one), or {@code null} when the node knows no endpoint
   */
  Pod route(String service, SplittableRandom random) {
    Node node = nodes.get(nodes.size() == 1 ? 0 : random.nextInt(nodes.size()));
    List<Pod> view = node.view(service).routable();
    return view.isEmpty() ? null : view.get(view.size() == 1 ? 0 : random.nextInt(view.size()));
  }

  void forget(String service) {
    nodes.forEach(node -> node.views.remove(service));
  }
}
