package org.bglab.benchmarks.memory;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The memory of one routing structure for one number of users.
 *
 * @param structure the structure's name, a {@link RoutingStructure} constant
 * @param n the number of users
 * @param graphBytes the exact reachable size from JOL, or {@code null} when not measured at this n
 * @param heapBytes the median used-heap growth between forced collections
 */
public record MemoryRow(String structure, int n, Long graphBytes, long heapBytes) {

  /** JOL bytes per user, or {@code null} when not measured. */
  @JsonProperty("graphBytesPerUser")
  public Double graphBytesPerUser() {
    return graphBytes == null ? null : (double) graphBytes / n;
  }

  /** Used-heap bytes per user. */
  @JsonProperty("heapBytesPerUser")
  public double heapBytesPerUser() {
    return (double) heapBytes / n;
  }
}
