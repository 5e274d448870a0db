package org.bglab.jmh;

import java.util.List;
import java.util.SortedMap;

/** Switch cost across n: the naive map against the compact state and the pointer swap. */
final class SwitchCostSection implements SummarySection {

  static final String BENCHMARK = "SwitchCostBenchmark.switchAllUsers";
  /** The values of the benchmark's {@code implementation} parameter, in declaration order. */
  static final List<String> IMPLEMENTATIONS =
      List.of("NAIVE_MAP", "PER_USER", "BATCHED", "POINTER_SWAP");

  private final ParamSeries perSwitch;
  private final ParamSeries perUser;

  SwitchCostSection(List<JmhResult> results) {
    perSwitch = ParamSeries.of(results, BENCHMARK, "implementation", IMPLEMENTATIONS,
        JmhResult::score);
    perUser = ParamSeries.of(results, BENCHMARK, "implementation", IMPLEMENTATIONS,
        ResultSeries::perUser);
  }

  @Override
  public String title() {
    return "Switch cost across n (" + BENCHMARK + ")";
  }

  @Override
  public String body() {
    SortedMap<Integer, Double> naive = perUser.get("NAIVE_MAP");
    return "Nanoseconds per switch of every user (JMH average time):\n\n"
        + perSwitch.table(Format::number)
        + "\nNanoseconds per user (secondary score `perUser`):\n\n"
        + perUser.table(Format::number)
        + "\nHow many times faster per user than `NAIVE_MAP`:\n\n"
        + ResultSeries.table(
            List.of("PER_USER", "BATCHED"),
            List.of(ResultSeries.ratio(naive, perUser.get("PER_USER")),
                ResultSeries.ratio(naive, perUser.get("BATCHED"))),
            Format::ratio);
  }

  @Override
  public List<Verdict> verdicts() {
    SortedMap<Integer, Double> faster =
        ResultSeries.ratio(perUser.get("NAIVE_MAP"), perUser.get("PER_USER"));
    return List.of(Verdict.atEverySize(PerformanceTarget.COMPACT_FASTER_PER_USER, faster),
        flatVerdict(perSwitch.get("POINTER_SWAP")));
  }

  private static Verdict flatVerdict(SortedMap<Integer, Double> pointer) {
    PerformanceTarget target = PerformanceTarget.POINTER_SWAP_FLAT;
    if (pointer.size() < 2) {
      return Verdict.pending(target, "fewer than two sizes in this run");
    }
    double min = ResultSeries.min(pointer);
    double max = ResultSeries.max(pointer);
    double spread = max / min;
    return Verdict.of(target, spread, Format.number(min) + " to " + Format.number(max)
        + " ns per switch over n=" + Format.users(pointer.firstKey()) + ".."
        + Format.users(pointer.lastKey()) + ": " + Format.ratio(spread));
  }
}
