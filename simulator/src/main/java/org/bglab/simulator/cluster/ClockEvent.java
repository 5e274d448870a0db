package org.bglab.simulator.cluster;

/**
 * What can be due on the cluster's clock: the things the cluster does by itself, later, once
 * something set them going. {@link Cluster} carries each out when its time comes.
 */
sealed interface ClockEvent {

  /** A new pod passes its readiness delay. */
  record PodReady(Pod pod) implements ClockEvent {}

  /** A terminating pod's grace period ends: it stops serving and is gone. */
  record GraceEnds(Pod pod) implements ClockEvent {}

  /**
   * One node's kube-proxy finishes applying a change of a Service's endpoints.
   *
   * @param node the node, counted from 0
   */
  record NodeSyncs(EndpointsChange change, int node) implements ClockEvent {}

  /**
   * The keep-alive connections to a Service opened to close at this instant reach the end of
   * their lifetime.
   */
  record ConnectionsExpire(String service, long closesAt) implements ClockEvent {}
}
