package org.bglab.simulator.engine;

/**
 * The alarm on green's error rate: counts green's answers in a sliding window of simulated time,
 * kept as {@value #SLICES} slices, and fires when, once green has had traffic for a whole window,
 * the failed share in the window is above the threshold.
 */
final class GreenMonitor {

  private static final int SLICES = 10;

  private final long windowNanos;
  private final long sliceNanos;
  private final double threshold;
  private final long[] answered = new long[SLICES];
  private final long[] failed = new long[SLICES];
  private long currentSlice = -1;
  private long firstAnswer = -1;
  private long answeredInWindow;
  private long failedInWindow;

  GreenMonitor(Monitoring monitoring) {
    this.windowNanos = monitoring.window().toNanos();
    this.sliceNanos = Math.max(1, windowNanos / SLICES);
    this.threshold = monitoring.errorThreshold();
  }

  /**
   * Records one request green answered at {@code now} (times never go back).
   *
   * @return whether the alarm fires
   */
  boolean observe(long now, boolean requestFailed) {
    if (firstAnswer < 0) {
      firstAnswer = now;
    }
    advanceTo(now / sliceNanos);
    int index = (int) (currentSlice % SLICES);
    answered[index]++;
    answeredInWindow++;
    if (requestFailed) {
      failed[index]++;
      failedInWindow++;
    }
    return now - firstAnswer >= windowNanos
        && failedInWindow > threshold * answeredInWindow;
  }

  /** Forgets the slices that have left the window by the time slice {@code slice} starts. */
  private void advanceTo(long slice) {
    if (slice == currentSlice) {
      return;
    }
    long stale = currentSlice < 0 ? 0 : Math.min(SLICES, slice - currentSlice);
    for (long k = 1; k <= stale; k++) {
      int index = (int) ((currentSlice + k) % SLICES);
      answeredInWindow -= answered[index];
      failedInWindow -= failed[index];
      answered[index] = 0;
      failed[index] = 0;
    }
    currentSlice = slice;
  }
}
