package org.bglab.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Engine speed: events per second of each event list on the hold model ({@code HoldBenchmark}). */
final class HoldSection implements SummarySection {

  static final String BENCHMARK = "HoldBenchmark.hold";
  static final String ENGINE = "BGLAB_ENGINE";
  static final String SSJ = "SSJ_DEFAULT";
  static final String PRIORITY_QUEUE = "PRIORITY_QUEUE";
  static final String SSJ_TARGET = "bglab engine at least 2x the events per second of SSJ's default event list";
  static final String QUEUE_TARGET = "bglab engine faster than the PriorityQueue baseline";

  private final Map<String, JmhResult> byList = new LinkedHashMap<>();

  /** Collects the hold results in the order of the run (JMH runs enum values in order). */
  HoldSection(List<JmhResult> results) {
    for (JmhResult result : results) {
      if (result.benchmark().equals(BENCHMARK) && result.param("eventList") != null) {
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
        List.of("event list", "pending", "events/s", "error (99.9%)", "vs SSJ_DEFAULT"));
    for (Map.Entry<String, JmhResult> entry : byList.entrySet()) {
      JmhResult result = entry.getValue();
      table.row(List.of(entry.getKey(), Format.users(Integer.parseInt(result.param("pending"))),
          Format.millions(result.score()), Format.millions(result.error()),
          ssj == null ? "-" : Format.ratio(result.score() / ssj.score())));
    }
    return "Events per second (JMH throughput, each event schedules its successor):\n\n"
        + table.render();
  }

  @Override
  public List<Verdict> verdicts() {
    JmhResult engine = byList.get(ENGINE);
    if (engine == null) {
      String why = "pending: no " + ENGINE + " result in this run (the engine has not landed)";
      return List.of(Verdict.pending(SSJ_TARGET, why), Verdict.pending(QUEUE_TARGET, why));
    }
    return List.of(against(SSJ_TARGET, engine, byList.get(SSJ), 2.0),
        against(QUEUE_TARGET, engine, byList.get(PRIORITY_QUEUE), 1.0));
  }

  private static Verdict against(String target, JmhResult engine, JmhResult other, double factor) {
    if (other == null) {
      return Verdict.pending(target, "no baseline result in this run");
    }
    double ratio = engine.score() / other.score();
    String measured = Format.millions(engine.score()) + " vs " + Format.millions(other.score())
        + " events/s: " + Format.ratio(ratio);
    boolean met = factor > 1.0 ? ratio >= factor : ratio > factor;
    return new Verdict(target, measured, met ? Verdict.Status.MET : Verdict.Status.MISSED);
  }
}
