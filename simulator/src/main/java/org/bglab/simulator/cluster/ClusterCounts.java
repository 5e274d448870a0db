package org.bglab.simulator.cluster;

import org.bglab.simulator.metrics.OperationCounts;

/**
 * Everything counted in a cluster so far. In {@code operations}, update calls are the write
 * requests sent to the API server, pointer writes are Service selector changes, routing reads are
 * requests routed by a kube-proxy, and entries written stay zero: no per-user entry exists.
 *
 * @param operations the writes and reads made by users, in the simulator's common kinds
 * @param propagation the work the cluster did to carry endpoint changes to the nodes
 */
public record ClusterCounts(OperationCounts operations, PropagationCounts propagation) {}
