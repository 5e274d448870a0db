package org.bglab.simulator.metrics;

/**
 * Accumulates the operations a switch performs, as they are performed.
 *
 * <p>Strategies call the {@code record...} methods from the code that does the work; a loop may
 * keep a local tally and record it once per call. What is recorded must be what was done: the
 * entries a routing state reports it wrote, one call per round trip made. A number worked out
 * from {@code n} and {@code b} instead is a formula, not a measurement, and the properties that
 * compare counts with formulas would then check nothing.
 *
 * <p>Counts only go up. Not thread-safe: one counter per run.
 */
public final class OperationCounter {

  private long entriesWritten;
  private long updateCalls;
  private long pointerWrites;
  private long routingReads;

  /**
   * Records routing-table entries written.
   *
   * @param entries how many entries were written, as reported by the routing state
   * @throws IllegalArgumentException when {@code entries} is negative
   */
  public void recordEntriesWritten(long entries) {
    entriesWritten += requireNonNegative(entries);
  }

  /** Records one update call (one round trip to the router). */
  public void recordUpdateCall() {
    updateCalls++;
  }

  /**
   * Records update calls tallied locally by a loop.
   *
   * @param calls how many update calls were made
   * @throws IllegalArgumentException when {@code calls} is negative
   */
  public void recordUpdateCalls(long calls) {
    updateCalls += requireNonNegative(calls);
  }

  /**
   * Records writes of a single indirection (a selector, a pointer).
   *
   * @param writes how many pointer writes were made
   * @throws IllegalArgumentException when {@code writes} is negative
   */
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
