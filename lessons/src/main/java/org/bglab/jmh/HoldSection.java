package org.bglab.jmh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Engine speed: events per second of each event list on the hold model ({@code HoldBenchmark}). */
final class HoldSection implements SummarySection {

  static final String BENCHMARK = "HoldBenchmark.hold";
  static final String ENGINE = "BGLAB_ENGINE";
  static final String SSJ = "SSJ_DEFAULT";
  static final String PRIORITY_QUEUE = "PRIORITY_QUEUE";

  private final Map<String, JmhResult> byList = new LinkedHashMap<>();

  /** Collects the hold results in the order of the run (JMH runs enum values in order). */
  HoldSection(List<JmhResult> results) {
    for (JmhResult result : results) {
      if (result.shortName().equals(BENCHMARK) && result.param("eventList") != null) {
        byList.put(result.param("eventList"), result);
      }
    }
  }

  @Override
  public String title() {
    return "Engine speed on the hold model (" + BENCHMARK + ")";
  }

  @Override
  public String body() {
    if (byList.isEmpty()) {
      return "Not in this run.\n";
    }
    JmhResult ssj = byList.get(SSJ);
    MarkdownTable table = MarkdownTable.numeric(
        List.of("event list", "pending", "events/s", "error (99.9%)", "vs " + SSJ));
    for (Map.Entry<String, JmhResult> entry : byList.entrySet()) {
      JmhResult result = entry.getValue();
      String pending = result.param("pending");
      table.row(List.of(entry.getKey(),
          pending == null ? "-" : Format.users(Integer.parseInt(pending)),
          Format.millions(result.score()), Format.millions(result.error()),
          ssj == null ? "-" : Format.ratio(result.score() / ssj.score())));
    }
    return "Events per second (JMH throughput, each event schedules its successor):\n\n"
        + table.render();
  }

  @Override
  public List<Verdict> verdicts() {
    JmhResult engine = byList.get(ENGINE);
    return List.of(against(PerformanceTarget.ENGINE_VS_SSJ, engine, byList.get(SSJ)),
        against(PerformanceTarget.ENGINE_VS_PRIORITY_QUEUE, engine, byList.get(PRIORITY_QUEUE)));
  }

  private static Verdict against(PerformanceTarget target, JmhResult engine, JmhResult other) {
    if (engine == null || other == null) {
      return Verdict.pending(target, "no " + (engine == null ? ENGINE : "baseline")
          + " result in this run");
    }
    double ratio = engine.score() / other.score();
    return Verdict.of(target, ratio, Format.millions(engine.score()) + " vs "
        + Format.millions(other.score()) + " events/s: " + Format.ratio(ratio));
  }
}
