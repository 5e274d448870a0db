package org.bglab.simulator.metrics;

/**
 * The operations of a run, by kind.
 *
 * @param entriesWritten routing-table entries written, one per user assignment
 * @param updateCalls update calls, each a round trip to the router carrying one or more entries
 * @param pointerWrites writes of a single indirection such as a Service selector
 * @param routingReads reads of the routing state, one per request routed
 */
public record OperationCounts(
    long entriesWritten, long updateCalls, long pointerWrites, long routingReads) {

  /** No operations at all. */
  public static final OperationCounts ZERO = new OperationCounts(0, 0, 0, 0);

  /**
   * The work of the switch in the source's sense, one "update" per route assignment.
   *
   * @return entries written plus pointer writes
   */
  public long operations() {
    return entriesWritten + pointerWrites;
  }

  /**
   * The operations performed between an earlier snapshot and this one.
   *
   * @param earlier a snapshot of the same counter taken before this one
   * @return this snapshot less {@code earlier}, kind by kind
   */
  public OperationCounts minus(OperationCounts earlier) {
    return new OperationCounts(
        entriesWritten - earlier.entriesWritten,
        updateCalls - earlier.updateCalls,
        pointerWrites - earlier.pointerWrites,
        routingReads - earlier.routingReads);
  }
}
