package org.bglab.jmh;

import java.util.List;

/** The simulator's counting overhead: counted per-user switch against uncounted loops. */
final class OverheadSection implements SummarySection {

  static final String BENCHMARK = "SimulatorOverheadBenchmark.switchAllUsers";
  /** The values of the benchmark's {@code loop} parameter, in declaration order. */
  static final List<String> LOOPS =
      List.of("COUNTED_SWITCH", "COUNTED_STEPS", "UNCOUNTED_LOOP", "BYTE_ARRAY");

  private final ParamSeries perUser;

  OverheadSection(List<JmhResult> results) {
    perUser = ParamSeries.of(results, BENCHMARK, "loop", LOOPS, ResultSeries::perUser);
  }

  @Override
  public String title() {
    return "Simulator overhead (" + BENCHMARK + ")";
  }

  @Override
  public String body() {
    return "Nanoseconds per user, same n, same run:\n\n"
        + perUser.table(Format::number)
        + "\nRatios (time per user; `COUNTED_SWITCH` is the path of `TrafficRouter.switchTo`,"
        + " `COUNTED_STEPS` drives the same strategy one update call at a time):\n\n"
        + ResultSeries.table(
            List.of("COUNTED_SWITCH / UNCOUNTED_LOOP", "COUNTED_STEPS / UNCOUNTED_LOOP",
                "UNCOUNTED_LOOP / BYTE_ARRAY"),
            List.of(
                ratio("COUNTED_SWITCH", "UNCOUNTED_LOOP"),
                ratio("COUNTED_STEPS", "UNCOUNTED_LOOP"),
                ratio("UNCOUNTED_LOOP", "BYTE_ARRAY")),
            Format::ratio);
  }

  private java.util.SortedMap<Integer, Double> ratio(String top, String bottom) {
    return ResultSeries.ratio(perUser.get(top), perUser.get(bottom));
  }

  @Override
  public List<Verdict> verdicts() {
    return List.of(Verdict.atEverySize(PerformanceTarget.COUNTING_OVERHEAD,
        ratio("COUNTED_SWITCH", "UNCOUNTED_LOOP")));
  }
}
