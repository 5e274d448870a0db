package org.bglab.simulator.cluster;

/**
 * The work the cluster did to carry endpoint changes to the nodes, counted as it was done.
 *
 * @param endpointsTouched endpoints gone over by endpoint recomputes (old and new of each change)
 * @param proxyRuleWrites endpoint rules rewritten by kube-proxies, summed over nodes
 * @param proxySyncs node syncs performed (one node applying one change)
 */
public record PropagationCounts(long endpointsTouched, long proxyRuleWrites, long proxySyncs) {

  /** The work done between {@code earlier} and this snapshot. */
  public PropagationCounts minus(PropagationCounts earlier) {
    return new PropagationCounts(
        endpointsTouched - earlier.endpointsTouched,
        proxyRuleWrites - earlier.proxyRuleWrites,
        proxySyncs - earlier.proxySyncs);
  }
}
