package org.bglab.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.DoublePredicate;

/**
 * Whether one performance target held in a run.
 *
 * @param target the target in words
 * @param measured what the run measured, in words and numbers
 * @param status met, missed, or pending (no data in this run)
 */
public record Verdict(String target, String measured, Status status) {

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
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A target with no data in this run. */
  static Verdict pending(String target, String why) {
    return new Verdict(target, why, Status.PENDING);
  }

  /**
   * A target judged at every size: met only when {@code holds} is true for the ratio at every n.
   * The measured text lists the ratio at each n.
   */
  static Verdict atEverySize(String target, SortedMap<Integer, Double> ratios, DoublePredicate holds) {
    if (ratios.isEmpty()) {
      return pending(target, "no data in this run");
    }
    List<String> parts = new ArrayList<>();
    boolean all = true;
    for (Map.Entry<Integer, Double> ratio : ratios.entrySet()) {
      boolean ok = holds.test(ratio.getValue());
      all &= ok;
      parts.add(Format.ratio(ratio.getValue()) + " at n=" + Format.users(ratio.getKey())
          + (ok ? "" : " (missed)"));
    }
    return new Verdict(target, String.join(", ", parts), all ? Status.MET : Status.MISSED);
  }
}
