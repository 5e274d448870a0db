package org.bglab.simulator.metrics;

/**
 * Accumulates the operations a switch performs, as they are performed.
 *
 * <p>Strategies call the {@code record...} methods from the code that does the work; a loop may
 * keep a local tally and record it once per call. Not thread-safe: one counter per run.
 */
public final class OperationCounter {

  private long entriesWritten;
  private long updateCalls;
  private long pointerWrites;
  private long routingReads;

  /** Records {@code entries} routing-table entries written. */
  public void recordEntriesWritten(long entries) {
    entriesWritten += requireNonNegative(entries);
  }

  /** Records one update call (one round trip to the router). */
  public void recordUpdateCall() {
    updateCalls++;
  }

  /** Records {@code calls} update calls tallied locally by a loop. */
  public void recordUpdateCalls(long calls) {
    updateCalls += requireNonNegative(calls);
  }

  /** Records {@code writes} writes of a single indirection (a selector, a pointer). */
  public void recordPointerWrites(long writes) {
    pointerWrites += requireNonNegative(writes);
  }

  /** Records one request routed, that is one read of the routing state. */
  public void recordRoutingRead() {
    routingReads++;
  }

  /** Entries written so far. */
  public long entriesWritten() {
    return entriesWritten;
  }

  /** Update calls so far. */
  public long updateCalls() {
    return updateCalls;
  }

  /** Pointer writes so far. */
  public long pointerWrites() {
    return pointerWrites;
  }

  /** Routing reads so far. */
  public long routingReads() {
    return routingReads;
  }

  /** The counts so far, as an immutable value. */
  public OperationCounts snapshot() {
    return new OperationCounts(entriesWritten, updateCalls, pointerWrites, routingReads);
  }

  private static long requireNonNegative(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("a count cannot go down, got " + amount);
    }
    return amount;
  }

  @Override
  public String toString() {
    return snapshot().toString();
  }
}
