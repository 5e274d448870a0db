package org.bglab.simulator.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps each Service's endpoints (its EndpointSlices): the ready pods whose labels its selector
 * matches. A recompute that changes them goes over the old and the new endpoints once each, and
 * that is counted. Pods that are terminating but still serving are kept apart, as an EndpointSlice
 * marks them {@code terminating}. A Service without a selector is left alone, as the Kubernetes EndpointSlice
 * and Endpoints controllers leave it: the endpoints it had stay, and nothing updates them.
 */
final class EndpointsController {

  /**
   * The endpoints of one Service and the generation counting its changes.
   *
   * @param pods the ready endpoints
   * @param terminating the endpoints whose pods are terminating but still serving; kube-proxy uses
   *     them only when there is no ready endpoint
   */
  record EndpointSet(long generation, List<Pod> pods, List<Pod> terminating) {
    static final EndpointSet EMPTY = new EndpointSet(0, List.of(), List.of());

    /** The pods a proxy sends new connections to: the ready ones, or else the serving terminating ones. */
    List<Pod> routable() {
      return pods.isEmpty() ? terminating : pods;
    }
  }

  private final Map<String, EndpointSet> endpoints = new HashMap<>();
  private long endpointsTouched;

  /** The endpoints of {@code service} now. */
  EndpointSet of(String service) {
    return endpoints.getOrDefault(service, EndpointSet.EMPTY);
  }

  /** Total endpoints touched by recomputes so far. */
  long endpointsTouched() {
    return endpointsTouched;
  }

  /**
   * Recomputes the endpoints of {@code service} from {@code pods} at {@code now}.
   *
   * @return the number of endpoints touched, or -1 when the endpoints did not change
   */
  long recompute(Service service, Collection<Pod> pods, long now) {
    if (!service.hasSelector()) {
      return -1;
    }
    List<Pod> selected = pods.stream()
        .filter(pod -> pod.isReady(now) && service.selector().selects(pod.labels()))
        .toList();
    List<Pod> terminating = pods.stream()
        .filter(pod -> pod.isTerminatingAndServing(now) && service.selector().selects(pod.labels()))
        .toList();
    EndpointSet old = of(service.name());
    if (old.pods().equals(selected) && old.terminating().equals(terminating)) {
      return -1;
    }
    Set<Pod> union = new LinkedHashSet<>(old.pods());
    union.addAll(old.terminating());
    union.addAll(selected);
    union.addAll(terminating);
    long touched = 0;
    for (Pod ignored : union) {
      touched++;
    }
    endpointsTouched += touched;
    endpoints.put(service.name(), new EndpointSet(old.generation() + 1, selected, terminating));
    return touched;
  }

  void remove(String service) {
    endpoints.remove(service);
  }
}
