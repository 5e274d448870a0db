package org.bglab.simulator.engine;

import org.bglab.simulator.model.ProxiedRoutes.NodeStatus;

/** What can happen on the traffic engine's queue: a request arrives, or a proxy node changes. */
sealed interface TrafficEvent permits TrafficEvent.Arrival, TrafficEvent.NodeChange {

  /** The next request of the arrival process arrives. */
  enum Arrival implements TrafficEvent { REQUEST }

  /**
   * A proxy node applied writes that changed where its users go.
   *
   * @param node the node
   * @param status where its users go now: all blue, all green or mixed
   */
  record NodeChange(int node, NodeStatus status) implements TrafficEvent {}
}
