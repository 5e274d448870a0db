package org.bglab.jmh;

/**
 * The memory of one routing structure for one number of users, as the benchmarks' memory probe
 * ({@code RoutingMemory}) measured it.
 *
 * @param structure the structure's name, such as {@code NAIVE_MAP} or {@code COMPACT_TABLE}
 * @param n the number of users
 * @param graphBytes the exact reachable size from JOL, or {@code null} when not measured at this n
 * @param heapBytes the median used-heap growth between forced collections
 */
public record MemoryRow(String structure, int n, Long graphBytes, long heapBytes) {

  /** JOL bytes per user, or {@code null} when not measured. */
  public Double graphBytesPerUser() {
    return graphBytes == null ? null : (double) graphBytes / n;
  }

  /** Used-heap bytes per user. */
  public double heapBytesPerUser() {
    return (double) heapBytes / n;
  }
}
