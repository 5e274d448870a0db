package org.bglab.simulator.cluster;

import java.util.Optional;

/**
 * Something the cluster did by itself, worth showing in a transcript: pods created, ready or
 * gone, endpoints changing, kube-proxies syncing, connections closing. Each kind is a record of
 * the facts; saying them in words is up to the reader (a scenario transcript does).
 */
public sealed interface ClusterEvent {

  /** When it happened, in simulated nanoseconds. */
  long at();

  /**
   * What happened to one deployment's pods at one instant.
   *
   * @param at when
   * @param deployment the deployment that owns (or owned) the pods
   * @param created pods created
   * @param ready pods that became ready
   * @param deleted pods deleted (gone)
   * @param orphaned pods a label change took out of the deployment's selector
   * @param terminating pods that started terminating, still serving for the grace period
   * @param gracePeriod the termination grace period then, in nanoseconds
   * @param replicas the deployment's replicas afterwards, or empty when the deployment is gone
   */
  record PodsChanged(long at, String deployment, int created, int ready, int deleted, int orphaned,
      int terminating, long gracePeriod, Optional<Replicas> replicas) implements ClusterEvent {}

  /**
   * A deployment's replicas as {@code kubectl get deployments} counts them.
   *
   * @param ready the pods ready
   * @param desired the replicas asked for
   * @param upToDate the pods running the current template
   */
  record Replicas(int ready, int desired, int upToDate) {}

  /**
   * The endpoints controller changed a Service's endpoints.
   *
   * @param at when
   * @param service the Service
   * @param endpoints its ready endpoints now, by deployment
   * @param before its ready endpoints before, by deployment
   * @param added endpoints (pods) that came in
   * @param removed endpoints (pods) that went out
   */
  record EndpointsChanged(long at, String service, Tally endpoints, Tally before, long added,
      long removed) implements ClusterEvent {}

  /**
   * A patch removed a Service's selector, so the endpoints controller stops managing its
   * endpoints and leaves them as they are.
   *
   * @param at when
   * @param service the Service
   * @param endpointsKept the endpoints it keeps
   */
  record SelectorRemoved(long at, String service, int endpointsKept) implements ClusterEvent {}

  /**
   * One node's kube-proxy now routes a Service by its new endpoints, while other nodes have not
   * yet. Told only for a cluster of at most {@link #MAX_NODES_TOLD} nodes.
   *
   * @param at when
   * @param service the Service
   * @param endpoints the endpoints the node now routes by, by deployment
   * @param node the node, counted from 1 ({@code node-1}, {@code node-2}, ...)
   * @param nodesSynced the nodes that have the change now
   * @param nodes the nodes the change has to reach
   */
  record NodeSynced(long at, String service, Tally endpoints, int node, int nodesSynced, int nodes)
      implements ClusterEvent {

    /** The most nodes for which each node's sync is told; beyond, only the last one is. */
    public static final int MAX_NODES_TOLD = 4;
  }

  /**
   * The last node's kube-proxy now routes a Service by its new endpoints: the change has reached
   * every node.
   *
   * @param at when
   * @param service the Service
   * @param endpoints the endpoints every node now routes by, by deployment
   * @param nodes the number of nodes
   * @param sinceChange how long after the change, in nanoseconds (more than 0)
   * @param cause what changed the endpoints
   */
  record AllNodesSynced(long at, String service, Tally endpoints, int nodes, long sinceChange,
      ChangeCause cause) implements ClusterEvent {}

  /**
   * Keep-alive connections reached the end of their lifetime.
   *
   * @param at when
   * @param service the Service they led to
   * @param closed how many closed
   */
  record ConnectionsClosed(long at, String service, int closed) implements ClusterEvent {}
}
