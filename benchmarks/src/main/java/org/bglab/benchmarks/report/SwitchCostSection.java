package org.bglab.benchmarks.report;

import java.util.ArrayList;
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

  private final List<String> names = new ArrayList<>();
  private final List<SortedMap<Integer, Double>> perSwitch = new ArrayList<>();
  private final List<SortedMap<Integer, Double>> perUser = new ArrayList<>();

  SwitchCostSection(List<JmhResult> results) {
    for (SwitchImplementation implementation : SwitchImplementation.values()) {
      names.add(implementation.name());
      perSwitch.add(ResultSeries.byUsers(
          results, BENCHMARK, "implementation", implementation.name(), JmhResult::score));
      perUser.add(ResultSeries.byUsers(
          results, BENCHMARK, "implementation", implementation.name(), ResultSeries::perUser));
    }
  }

  private SortedMap<Integer, Double> perUser(SwitchImplementation implementation) {
    return perUser.get(implementation.ordinal());
  }

  @Override
  public String title() {
    return "Switch cost across n (" + BENCHMARK + ")";
  }

  @Override
  public String body() {
    SortedMap<Integer, Double> naive = perUser(SwitchImplementation.NAIVE_MAP);
    return "Nanoseconds per switch of every user (JMH average time):\n\n"
        + ResultSeries.table(names, perSwitch, Format::number)
        + "\nNanoseconds per user (secondary score `perUser`):\n\n"
        + ResultSeries.table(names, perUser, Format::number)
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
        flatVerdict(perSwitch.get(SwitchImplementation.POINTER_SWAP.ordinal())));
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
