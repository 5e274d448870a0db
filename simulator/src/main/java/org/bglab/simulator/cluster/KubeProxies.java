package org.bglab.simulator.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.time.Duration;
import org.bglab.simulator.kernel.Durations;
import org.bglab.simulator.kernel.ProxyNodes;
import org.bglab.simulator.kernel.WriteWindow;

/**
 * The kube-proxy of every node, on the kernel's model of a value propagating to proxy nodes (the
 * one the traffic engine's routing state uses): the nodes are {@link ProxyNodes} with the lags
 * {@link PropagationSettings#proxyNodes()} gives, and each Service's endpoint changes travel
 * through a {@link WriteWindow}. A node applies a Service's changes in the order they were made,
 * its own lag after each is ready, and routes the requests entering it by the newest change it
 * has applied.
 */
final class KubeProxies {

  /** One Service as the nodes see it. */
  private static final class Route {
    /** The endpoints every node has applied. */
    EndpointsController.EndpointSet settled;
    /** The changes some node has not applied yet, oldest first. */
    final WriteWindow<EndpointsChange> window;

    Route(EndpointsController.EndpointSet settled, ProxyNodes nodes) {
      this.settled = settled;
      this.window = new WriteWindow<>(nodes);
    }

    /** Drops the changes every node has applied by {@code now}. */
    void forget(long now) {
      EndpointsChange dropped = window.forgetApplied(now);
      if (dropped != null) {
        settled = dropped.target();
      }
    }

    /** The newest endpoints, whether or not every node has them. */
    EndpointsController.EndpointSet newest() {
      EndpointsChange last = window.last();
      return last == null ? settled : last.target();
    }
  }

  private final ClusterClock clock;
  private final Consumer<ClusterEvent> events;
  private final Map<String, Route> routes = new HashMap<>();
  private PropagationSettings settings = PropagationSettings.INSTANT;
  private ProxyNodes nodes = settings.proxyNodes();
  private long ruleWrites;
  private long syncs;

  KubeProxies(ClusterClock clock, Consumer<ClusterEvent> events) {
    this.clock = clock;
    this.events = events;
  }

  PropagationSettings settings() {
    return settings;
  }

  /**
   * Applies new settings. Nodes added join with every Service's endpoints.
   *
   * @throws IllegalStateException while a change is still reaching the nodes: the nodes' lags
   *     would change under it
   */
  void configure(PropagationSettings newSettings) {
    for (Map.Entry<String, Route> entry : routes.entrySet()) {
      WriteWindow<EndpointsChange> window = entry.getValue().window;
      if (!window.caughtUp(clock.now())) {
        throw new IllegalStateException("the kube-proxies are still applying a change of the"
            + " endpoints of " + entry.getKey() + " (until "
            + Durations.text(Duration.ofNanos(window.caughtUpAt())) + "); change how changes propagate once"
            + " every node has it");
      }
    }
    settings = newSettings;
    nodes = newSettings.proxyNodes();
    routes.replaceAll((service, route) -> new Route(route.newest(), nodes));
  }

  int nodeCount() {
    return nodes.count();
  }

  long ruleWrites() {
    return ruleWrites;
  }

  long syncs() {
    return syncs;
  }

  /**
   * Sends a change of {@code service}'s endpoints to every node, made now, after a recompute that
   * touched {@code touched} endpoints. It is ready for the nodes once the recompute and the rule
   * rewrite are done (each {@code touched} times the time per endpoint), and never before an
   * earlier change of the Service: changes do not overtake each other.
   *
   * @return the change, whose report follows it to the last node
   */
  EndpointsChange publish(String service, ChangeCause cause, long selectorWrites, Tally before,
      EndpointsController.EndpointSet target, long touched) {
    Route route = routes.computeIfAbsent(service,
        name -> new Route(EndpointsController.EndpointSet.EMPTY, nodes));
    long now = clock.now();
    route.forget(now);
    long ready = now + touched * (settings.recomputePerEndpoint() + settings.rulePerEndpoint());
    EndpointsChange last = route.window.last();
    if (last != null) {
      ready = Math.max(ready, last.lastTime());
    }
    EndpointsChange change = new EndpointsChange(service, cause, now, selectorWrites, before,
        target, touched, ready, nodes.count());
    route.window.add(change);
    for (int node = 0; node < nodes.count(); node++) {
      clock.scheduleAt(ready + nodes.lag(node), new ClockEvent.NodeSyncs(change, node));
    }
    return change;
  }

  /** Node {@code node} has applied {@code change}: counts its work and reports it. */
  void synced(EndpointsChange change, int node) {
    if (change.isDropped()) {
      return;
    }
    ruleWrites += change.rulesPerNode();
    syncs++;
    boolean last = change.recordNodeSynced(clock.now());
    long elapsed = clock.now() - change.startedAt();
    if (elapsed == 0) {
      return;
    }
    if (last) {
      events.accept(new ClusterEvent.AllNodesSynced(clock.now(), change.service(), change.after(),
          change.nodes(), elapsed, change.cause()));
    } else if (change.nodes() <= ClusterEvent.NodeSynced.MAX_NODES_TOLD) {
      events.accept(new ClusterEvent.NodeSynced(clock.now(), change.service(), change.after(),
          node + 1, change.nodesSynced(), change.nodes()));
    }
  }

  /**
   * Picks the endpoint for one request entering through a random node.
   *
   * @return the pod chosen by that node's proxy (a ready endpoint, or when there is none a serving
   *     terminating one), or {@code null} when the node knows no endpoint
   */
  Pod route(String service, SplittableRandom random) {
    int node = nodes.count() == 1 ? 0 : random.nextInt(nodes.count());
    Route route = routes.get(service);
    if (route == null) {
      return null;
    }
    long now = clock.now();
    route.forget(now);
    EndpointsChange applied = route.window.newestApplied(node, now);
    List<Pod> view = (applied == null ? route.settled : applied.target()).routable();
    return view.isEmpty() ? null : view.get(view.size() == 1 ? 0 : random.nextInt(view.size()));
  }

  /** Forgets a deleted Service; its changes still travelling are dropped on arrival. */
  void forget(String service) {
    Route route = routes.remove(service);
    if (route != null) {
      route.window.forEach(EndpointsChange::drop);
    }
  }
}
