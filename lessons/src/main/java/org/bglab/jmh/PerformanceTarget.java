package org.bglab.jmh;

import java.util.Locale;

/**
 * The project's performance targets, as data: each is a ratio measured within one run and the
 * bound it must keep. The summary judges every one of them on every run.
 */
public enum PerformanceTarget {
  /** The compact routing table against a {@code HashMap<String,String>}, time per user. */
  COMPACT_FASTER_PER_USER(
      "compact state (per-user strategy) at least %sx faster per user than the naive map",
      Bound.AT_LEAST, 50),
  /** The pointer swap's cost does not grow with the number of users. */
  POINTER_SWAP_FLAT(
      "pointer swap flat across n (slowest / fastest switch at most %sx)", Bound.AT_MOST, 1.5),
  /** Counting every write costs little against the same loop without counting. */
  COUNTING_OVERHEAD(
      "counted per-user switch at most %sx the uncounted loop over the same table",
      Bound.AT_MOST, 1.5),
  /** The engine's event list against SSJ's default one on the hold model. */
  ENGINE_VS_SSJ(
      "bglab engine at least %sx the events per second of SSJ's default event list",
      Bound.AT_LEAST, 2),
  /** The engine's event list against {@code java.util.PriorityQueue} on the hold model. */
  ENGINE_VS_PRIORITY_QUEUE(
      "bglab engine faster than the PriorityQueue baseline (ratio above %s)", Bound.ABOVE, 1),
  /** The compact routing table against the naive map, bytes per user (JOL's exact sizes). */
  COMPACT_SMALLER_PER_USER(
      "compact state at least %sx smaller per user than the naive map (JOL sizes)",
      Bound.AT_LEAST, 50);

  /** How a measured ratio must stand against the threshold. */
  public enum Bound {
    /** The ratio is at least the threshold. */
    AT_LEAST,
    /** The ratio is at most the threshold. */
    AT_MOST,
    /** The ratio is strictly above the threshold. */
    ABOVE
  }

  private final String template;
  private final Bound bound;
  private final double threshold;

  PerformanceTarget(String template, Bound bound, double threshold) {
    this.template = template;
    this.bound = bound;
    this.threshold = threshold;
  }

  /** The target in words, its threshold included. */
  public String text() {
    String number = threshold == Math.rint(threshold)
        ? String.format(Locale.ROOT, "%.0f", threshold)
        : String.valueOf(threshold);
    return String.format(Locale.ROOT, template, number);
  }

  /** Whether a measured ratio meets the target. */
  public boolean holds(double ratio) {
    return switch (bound) {
      case AT_LEAST -> ratio >= threshold;
      case AT_MOST -> ratio <= threshold;
      case ABOVE -> ratio > threshold;
    };
  }
}
