package org.bglab.simulator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bglab.simulator.metrics.Timeline;
import org.bglab.simulator.metrics.TimelineBucket;

/**
 * Counts requests per slice of simulated time. The slice length is a round number (1, 2 or 5
 * times a power of ten nanoseconds) near a hundredth of the expected traffic window; if traffic
 * runs longer, neighbouring slices are merged so there are never more than
 * {@value #MAX_BUCKETS}.
 */
final class TimelineRecorder {

  private static final int TARGET_BUCKETS = 100;
  private static final int MAX_BUCKETS = 400;

  private long bucketNanos;
  private long[] blue = new long[TARGET_BUCKETS];
  private long[] green = new long[TARGET_BUCKETS];
  private long[] failed = new long[TARGET_BUCKETS];
  private int used;
  private int slice;
  private long sliceStart = Long.MAX_VALUE;
  private long sliceEnd = Long.MIN_VALUE;

  TimelineRecorder(long expectedNanos) {
    this.bucketNanos = roundUp(Math.max(1, expectedNanos / TARGET_BUCKETS));
  }

  /** The smallest 1-2-5 value of at least {@code nanos}. */
  private static long roundUp(long nanos) {
    for (long decade = 1; ; decade *= 10) {
      for (long mantissa : new long[] {1, 2, 5}) {
        if (mantissa * decade >= nanos) {
          return mantissa * decade;
        }
      }
    }
  }

  /**
   * Counts one request at {@code now}. Requests come in time order, so the slice of the last one
   * is kept and the slice is only looked up (a division) when a request falls outside it.
   */
  void record(long now, boolean toGreen, boolean requestFailed) {
    if (now >= sliceEnd || now < sliceStart) {
      findSlice(now);
    }
    int slot = slice;
    if (toGreen) {
      green[slot]++;
    } else {
      blue[slot]++;
    }
    if (requestFailed) {
      failed[slot]++;
    }
  }

  /** Makes the slice holding {@code now} the current one, merging slices when time runs long. */
  private void findSlice(long now) {
    long index = now / bucketNanos;
    while (index >= MAX_BUCKETS) {
      mergePairs();
      index = now / bucketNanos;
    }
    int slot = (int) index;
    if (slot >= blue.length) {
      int capacity = Math.min(MAX_BUCKETS, Math.max(slot + 1, blue.length * 2));
      blue = Arrays.copyOf(blue, capacity);
      green = Arrays.copyOf(green, capacity);
      failed = Arrays.copyOf(failed, capacity);
    }
    used = Math.max(used, slot + 1);
    slice = slot;
    sliceStart = slot * bucketNanos;
    sliceEnd = sliceStart + bucketNanos;
  }

  private void mergePairs() {
    sliceStart = Long.MAX_VALUE;
    sliceEnd = Long.MIN_VALUE;
    for (int pair = 0; pair < (used + 1) / 2; pair++) {
      blue[pair] = blue[2 * pair] + (2 * pair + 1 < used ? blue[2 * pair + 1] : 0);
      green[pair] = green[2 * pair] + (2 * pair + 1 < used ? green[2 * pair + 1] : 0);
      failed[pair] = failed[2 * pair] + (2 * pair + 1 < used ? failed[2 * pair + 1] : 0);
    }
    int merged = (used + 1) / 2;
    Arrays.fill(blue, merged, blue.length, 0);
    Arrays.fill(green, merged, green.length, 0);
    Arrays.fill(failed, merged, failed.length, 0);
    used = merged;
    bucketNanos *= 2;
  }

  /** The slices from the start of the run up to {@code endNanos}, empty ones included. */
  Timeline timeline(long endNanos) {
    while (ceilDiv(endNanos, bucketNanos) > MAX_BUCKETS) {
      mergePairs();
    }
    int count = (int) Math.max(used, ceilDiv(endNanos, bucketNanos));
    List<TimelineBucket> buckets = new ArrayList<>(count);
    for (int slot = 0; slot < count; slot++) {
      boolean recorded = slot < used;
      buckets.add(new TimelineBucket(slot * bucketNanos, recorded ? blue[slot] : 0,
          recorded ? green[slot] : 0, recorded ? failed[slot] : 0));
    }
    return new Timeline(bucketNanos, buckets);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
