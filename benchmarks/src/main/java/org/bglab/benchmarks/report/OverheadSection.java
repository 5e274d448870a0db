package org.bglab.benchmarks.report;

import java.util.List;
import java.util.SortedMap;
import org.bglab.benchmarks.switching.OverheadLoop;

/** The simulator's counting overhead: counted per-user switch against uncounted loops. */
final class OverheadSection implements SummarySection {

  static final String BENCHMARK = "SimulatorOverheadBenchmark.switchAllUsers";
  static final String TARGET =
      "counted per-user switch at most 1.5x the uncounted loop over the same table";

  private final EnumSeries<OverheadLoop> perUser;

  OverheadSection(List<JmhResult> results) {
    perUser = EnumSeries.of(results, BENCHMARK, "loop", OverheadLoop.class, ResultSeries::perUser);
  }

  private SortedMap<Integer, Double> perUser(OverheadLoop loop) {
    return perUser.get(loop);
  }

  @Override
  public String title() {
    return "Simulator overhead (" + BENCHMARK + ")";
  }

  @Override
  public String body() {
    SortedMap<Integer, Double> uncounted = perUser(OverheadLoop.UNCOUNTED_LOOP);
    return "Nanoseconds per user, same n, same run:\n\n"
        + perUser.table(Format::number)
        + "\nRatios (time per user; `COUNTED_SWITCH` is the path of `TrafficRouter.switchTo`,"
        + " `COUNTED_STEPS` drives the same strategy one update call at a time):\n\n"
        + ResultSeries.table(
            List.of("COUNTED_SWITCH / UNCOUNTED_LOOP", "COUNTED_STEPS / UNCOUNTED_LOOP",
                "UNCOUNTED_LOOP / BYTE_ARRAY"),
            List.of(
                ResultSeries.ratio(perUser(OverheadLoop.COUNTED_SWITCH), uncounted),
                ResultSeries.ratio(perUser(OverheadLoop.COUNTED_STEPS), uncounted),
                ResultSeries.ratio(uncounted, perUser(OverheadLoop.BYTE_ARRAY))),
            Format::ratio);
  }

  @Override
  public List<Verdict> verdicts() {
    return List.of(Verdict.atEverySize(TARGET,
        ResultSeries.ratio(perUser(OverheadLoop.COUNTED_SWITCH), perUser(OverheadLoop.UNCOUNTED_LOOP)),
        ratio -> ratio <= 1.5));
  }
}
