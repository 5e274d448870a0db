package org.bglab.simulator.cluster;

import java.time.Duration;
import org.bglab.simulator.kernel.Durations;

/**
 * What one change of a Service's endpoints cost and how far it has travelled, measured while the
 * cluster did the work. For a selector patch, {@code selectorWrites} is the write the user made
 * (one, whatever the number of users); the other figures are the work the cluster did because of
 * it, which grows with endpoints and nodes.
 *
 * @param service the Service whose endpoints changed
 * @param cause what changed them
 * @param startedAt when the change was made, in simulated nanoseconds
 * @param selectorWrites the selector writes of the change (1 for a patch that changed it, else 0)
 * @param endpointsBefore the endpoints before the change
 * @param endpointsAfter the endpoints after the change
 * @param endpointsTouched the endpoints the recompute went over (old and new, each once)
 * @param proxyRuleWrites the endpoint rules kube-proxies rewrote for this change, over all nodes
 * @param nodes the number of nodes the change had to reach
 * @param nodesSynced the nodes whose kube-proxy already routes by the new endpoints
 * @param propagationNanos from the change until the last node synced, or -1 while some have not
 */
public record PropagationReport(
    String service,
    ChangeCause cause,
    long startedAt,
    long selectorWrites,
    Tally endpointsBefore,
    Tally endpointsAfter,
    long endpointsTouched,
    long proxyRuleWrites,
    int nodes,
    int nodesSynced,
    long propagationNanos) {

  /** Whether every node has synced. */
  public boolean isComplete() {
    return propagationNanos >= 0;
  }

  /** The propagation time in seconds, or NaN while incomplete. */
  public double propagationSeconds() {
    return isComplete() ? Durations.seconds(Duration.ofNanos(propagationNanos)) : Double.NaN;
  }
}
