package org.bglab.simulator.engine;

import org.bglab.simulator.model.ProxiedRoutes.NodeStatus;

/**
 * What can happen on the traffic engine's queue: the switch's next action is due, a request
 * arrives, or a proxy node changes.
 */
sealed interface TrafficEvent
    permits TrafficEvent.SwitchStep, TrafficEvent.Arrival, TrafficEvent.NodeChange {

  /**
   * The switch driver's next action (a call, the end of the last call, or the moment the slowest
   * node caught up) is due. It is scheduled ahead of every other event at its time, and is stale
   * when the driver has rescheduled since (a rollback moves the next action earlier).
   */
  enum SwitchStep implements TrafficEvent { DUE }

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
