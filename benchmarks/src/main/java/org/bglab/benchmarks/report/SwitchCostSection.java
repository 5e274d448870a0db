package org.bglab.benchmarks.report;

import java.util.List;
import java.util.SortedMap;
import org.bglab.benchmarks.switching.SwitchImplementation;

/** Switch cost across n: the naive map against the compact state and the pointer swap. */
final class SwitchCostSection implements SummarySection {

  static final String BENCHMARK = "SwitchCostBenchmark.switchAllUsers";
  static final String FASTER_TARGET =
      "compact state (per-user strategy) at least 50x faster per user than the naive map";
  static final String FLAT_TARGET =
      "pointer swap flat across n (slowest / fastest switch at most 1.5x)";

  private final EnumSeries<SwitchImplementation> perSwitch;
  private final EnumSeries<SwitchImplementation> perUser;

  SwitchCostSection(List<JmhResult> results) {
    perSwitch = EnumSeries.of(
        results, BENCHMARK, "implementation", SwitchImplementation.class, JmhResult::score);
    perUser = EnumSeries.of(
        results, BENCHMARK, "implementation", SwitchImplementation.class, ResultSeries::perUser);
  }

  private SortedMap<Integer, Double> perUser(SwitchImplementation implementation) {
    return perUser.get(implementation);
  }

  @Override
  public String title() {
    return "Switch cost across n (" + BENCHMARK + ")";
  }

  @Override
  public String body() {
    SortedMap<Integer, Double> naive = perUser(SwitchImplementation.NAIVE_MAP);
    return "Nanoseconds per switch of every user (JMH average time):\n\n"
        + perSwitch.table(Format::number)
        + "\nNanoseconds per user (secondary score `perUser`):\n\n"
        + perUser.table(Format::number)
        + "\nHow many times faster per user than `NAIVE_MAP`:\n\n"
        + ResultSeries.table(
            List.of("PER_USER", "BATCHED"),
            List.of(
                ResultSeries.ratio(naive, perUser(SwitchImplementation.PER_USER)),
                ResultSeries.ratio(naive, perUser(SwitchImplementation.BATCHED))),
            Format::ratio);
  }

  @Override
  public List<Verdict> verdicts() {
    SortedMap<Integer, Double> faster = ResultSeries.ratio(
        perUser(SwitchImplementation.NAIVE_MAP), perUser(SwitchImplementation.PER_USER));
    return List.of(Verdict.atEverySize(FASTER_TARGET, faster, ratio -> ratio >= 50),
        flatVerdict(perSwitch.get(SwitchImplementation.POINTER_SWAP)));
  }

  private static Verdict flatVerdict(SortedMap<Integer, Double> pointer) {
    if (pointer.size() < 2) {
      return Verdict.pending(FLAT_TARGET, "fewer than two sizes in this run");
    }
    double min = ResultSeries.min(pointer);
    double max = ResultSeries.max(pointer);
    double spread = max / min;
    String measured = Format.number(min) + " to " + Format.number(max)
        + " ns per switch over n=" + Format.users(pointer.firstKey()) + ".."
        + Format.users(pointer.lastKey()) + ": " + Format.ratio(spread);
    return new Verdict(FLAT_TARGET, measured,
        spread <= 1.5 ? Verdict.Status.MET : Verdict.Status.MISSED);
  }
}
