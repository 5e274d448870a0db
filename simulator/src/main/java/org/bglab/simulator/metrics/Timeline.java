package org.bglab.simulator.metrics;

import java.util.List;

/**
 * Where requests went over simulated time, in slices of equal length from the start of the run
 * to the end of its traffic.
 *
 * @param bucketNanos the length of every slice
 * @param buckets the slices in time order, empty slices included
 */
public record Timeline(long bucketNanos, List<TimelineBucket> buckets) {

  /** Copies the list. */
  public Timeline {
    if (bucketNanos < 1) {
      throw new IllegalArgumentException("a slice must last at least 1 ns, got " + bucketNanos);
    }
    buckets = List.copyOf(buckets);
  }
}
