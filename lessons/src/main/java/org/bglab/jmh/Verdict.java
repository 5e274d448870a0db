package org.bglab.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Whether one performance target held in a run.
 *
 * @param target the target
 * @param measured what the run measured, in words and numbers
 * @param status met, missed, or pending (no data in this run)
 */
public record Verdict(PerformanceTarget target, String measured, Status status) {

  /** The outcome of a target. */
  public enum Status {
    /** The run met the target. */
    MET,
    /** The run missed the target. */
    MISSED,
    /** The run has no data for the target. */
    PENDING;

    /** The word shown in the summary. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A target with no data in this run. */
  static Verdict pending(PerformanceTarget target, String why) {
    return new Verdict(target, why, Status.PENDING);
  }

  /** A target judged on one ratio, described by {@code measured}. */
  static Verdict of(PerformanceTarget target, double ratio, String measured) {
    return new Verdict(target, measured, target.holds(ratio) ? Status.MET : Status.MISSED);
  }

  /**
   * A target judged at every size: met only when it holds for the ratio at every n. The measured
   * text lists the ratio at each n.
   */
  static Verdict atEverySize(PerformanceTarget target, SortedMap<Integer, Double> ratios) {
    if (ratios.isEmpty()) {
      return pending(target, "no data in this run");
    }
    List<String> parts = new ArrayList<>();
    boolean all = true;
    for (Map.Entry<Integer, Double> ratio : ratios.entrySet()) {
      boolean ok = target.holds(ratio.getValue());
      all &= ok;
      parts.add(Format.ratio(ratio.getValue()) + " at n=" + Format.users(ratio.getKey())
          + (ok ? "" : " (missed)"));
    }
    return new Verdict(target, String.join(", ", parts), all ? Status.MET : Status.MISSED);
  }
}
