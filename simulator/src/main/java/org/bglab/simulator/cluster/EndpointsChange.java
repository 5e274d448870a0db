package org.bglab.simulator.cluster;

import org.bglab.simulator.kernel.TimedWrite;

/**
 * One change of a Service's endpoints on its way to the nodes' kube-proxies: a write of the
 * kernel's propagation model ({@link org.bglab.simulator.kernel.WriteWindow}), with what it cost
 * and how far it has travelled. To the kernel it is made at {@link #firstTime()}, when the nodes
 * can apply it: after the endpoints controller's recompute and the rule rewrite every node spends
 * on it (one rule per endpoint touched); node {@code k} applies it its own lag after that.
 */
final class EndpointsChange implements TimedWrite {

  private final String service;
  private final ChangeCause cause;
  private final long startedAt;
  private final long selectorWrites;
  private final Tally before;
  private final EndpointsController.EndpointSet target;
  private final long endpointsTouched;
  private final long readyAt;
  private final int nodes;
  private int nodesSynced;
  private long finishedAt = -1;
  private boolean dropped;

  /**
   * A change made at {@code startedAt} that the {@code nodes} nodes can apply from
   * {@code readyAt}.
   */
  EndpointsChange(String service, ChangeCause cause, long startedAt, long selectorWrites, Tally before,
      EndpointsController.EndpointSet target, long endpointsTouched, long readyAt, int nodes) {
    this.service = service;
    this.cause = cause;
    this.startedAt = startedAt;
    this.selectorWrites = selectorWrites;
    this.before = before;
    this.target = target;
    this.endpointsTouched = endpointsTouched;
    this.readyAt = readyAt;
    this.nodes = nodes;
    if (nodes == 0) {
      finishedAt = startedAt;
    }
  }

  /** A patch that left the endpoints as they were: nothing travels. */
  static EndpointsChange none(String service, ChangeCause cause, long at, long selectorWrites,
      EndpointsController.EndpointSet endpoints) {
    return new EndpointsChange(service, cause, at, selectorWrites, Tally.byDeployment(endpoints.pods()),
        endpoints, 0, at, 0);
  }

  String service() {
    return service;
  }

  ChangeCause cause() {
    return cause;
  }

  long startedAt() {
    return startedAt;
  }

  /** The endpoints the nodes route by once they have applied the change. */
  EndpointsController.EndpointSet target() {
    return target;
  }

  /** The ready endpoints after the change, by deployment. */
  Tally after() {
    return Tally.byDeployment(target.pods());
  }

  /** The endpoint rules one node rewrites to apply the change: one per endpoint touched. */
  long rulesPerNode() {
    return endpointsTouched;
  }

  int nodes() {
    return nodes;
  }

  int nodesSynced() {
    return nodesSynced;
  }

  /** Records one more node synced at {@code now}; returns whether that was the last one. */
  boolean recordNodeSynced(long now) {
    nodesSynced++;
    if (nodesSynced == nodes) {
      finishedAt = now;
      return true;
    }
    return false;
  }

  /** The Service was deleted: the nodes drop the change instead of applying it. */
  void drop() {
    dropped = true;
  }

  boolean isDropped() {
    return dropped;
  }

  @Override
  public long firstTime() {
    return readyAt;
  }

  @Override
  public long lastTime() {
    return readyAt;
  }

  PropagationReport report() {
    return new PropagationReport(service, cause, startedAt, selectorWrites, before, after(),
        endpointsTouched, endpointsTouched * nodesSynced, nodes, nodesSynced,
        finishedAt < 0 ? -1 : finishedAt - startedAt);
  }
}
