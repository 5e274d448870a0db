package org.bglab.simulator.model;

/**
 * A routing state whose writes land in a control plane first and reach traffic through proxy
 * nodes, each of which picks the write up when it syncs: a Service selector patched in the API
 * server and copied to every node's proxy, or a traffic weight pushed to every load balancer.
 *
 * <p>Between a write and the last node's sync, users behind synced nodes already follow the new
 * value while the others still follow the old one. {@link RoutingState#routeOf(int)} always
 * answers for the node the user's requests go through. A simulation syncs each node at its own
 * simulated time; code without a clock calls {@link #syncAll()}.
 */
public interface Propagating extends RoutingState {

  /** The number of proxy nodes, at least 1. */
  int nodes();

  /**
   * Copies the control plane's current value to proxy {@code node}.
   *
   * @return whether that node's routes changed
   */
  boolean syncNode(int node);

  /** Whether every node has the control plane's current value. */
  boolean inSync();

  /** Syncs every node, as if propagation were instant. */
  default void syncAll() {
    for (int node = 0; node < nodes(); node++) {
      syncNode(node);
    }
  }
}
