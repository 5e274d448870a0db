package org.bglab.simulator.cluster;

/** Follows one endpoints change while the nodes pick it up, and reports it. */
final class Propagation {

  private final String service;
  private final String cause;
  private final long startedAt;
  private final long selectorWrites;
  private final Tally before;
  private final Tally after;
  private final long endpointsTouched;
  private final int nodes;
  private long proxyRuleWrites;
  private int nodesSynced;
  private long finishedAt = -1;

  Propagation(String service, String cause, long startedAt, long selectorWrites, Tally before,
      Tally after, long endpointsTouched, int nodes) {
    this.service = service;
    this.cause = cause;
    this.startedAt = startedAt;
    this.selectorWrites = selectorWrites;
    this.before = before;
    this.after = after;
    this.endpointsTouched = endpointsTouched;
    this.nodes = nodes;
    if (nodes == 0) {
      finishedAt = startedAt;
    }
  }

  String service() {
    return service;
  }

  String cause() {
    return cause;
  }

  Tally after() {
    return after;
  }

  int nodes() {
    return nodes;
  }

  int nodesSynced() {
    return nodesSynced;
  }

  void recordRuleWrites(long rules) {
    proxyRuleWrites += rules;
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

  long durationNanos() {
    return finishedAt < 0 ? -1 : finishedAt - startedAt;
  }

  PropagationReport report() {
    return new PropagationReport(service, cause, startedAt, selectorWrites, before, after,
        endpointsTouched, proxyRuleWrites, nodes, nodesSynced, durationNanos());
  }
}
