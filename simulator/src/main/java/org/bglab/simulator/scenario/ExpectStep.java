package org.bglab.simulator.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bglab.simulator.cluster.ClusterCounts;
import org.bglab.simulator.cluster.KubectlResult;
import org.bglab.simulator.cluster.PropagationReport;
import org.bglab.simulator.cluster.Service;
import org.bglab.simulator.cluster.Tally;

/**
 * An {@code expect} line: measures something in the running cluster and compares it with the
 * line's conditions. See {@link Subject} for what can be expected.
 *
 * @param subject what is measured
 * @param last for {@link Subject#REQUESTS}, how many of the latest requests, or -1 for all
 * @param target the Service named on the line, or {@code null} for the first one created
 * @param conditions the comparisons, for every subject except output and error
 * @param phrase the text to look for, for {@link Subject#OUTPUT} and {@link Subject#ERROR}
 */
record ExpectStep(int line, String text, Subject subject, long last, String target, List<Condition> conditions,
    String phrase) implements Step {

  /** What an {@code expect} line can be about. */
  enum Subject {
    /** {@code expect last N requests:} / {@code expect all requests:} by deployment and failed. */
    REQUESTS(List.of()),
    /** {@code expect endpoints [SERVICE]:} the Service's endpoints by deployment. */
    ENDPOINTS(List.of()),
    /** {@code expect connections [SERVICE]:} open keep-alive connections by deployment. */
    CONNECTIONS(List.of()),
    /** {@code expect last patch [SERVICE]:} the cost and progress of the last selector patch. */
    PATCH(List.of("selector-writes", "endpoints-touched", "proxy-rule-writes", "nodes", "nodes-synced", "seconds")),
    /** {@code expect counts:} everything counted in the cluster so far. */
    COUNTS(List.of("api-writes", "selector-writes", "per-user-entries", "requests-routed", "endpoints-touched",
        "proxy-rule-writes", "proxy-syncs")),
    /** {@code expect output: TEXT}: the last kubectl command printed TEXT. */
    OUTPUT(List.of()),
    /** {@code expect error: TEXT}: the last kubectl command failed, saying TEXT. */
    ERROR(List.of());

    private final List<String> figures;

    Subject(List<String> figures) {
      this.figures = figures;
    }

    /** The names a condition may use, or an empty list when any deployment name goes. */
    List<String> figures() {
      return figures;
    }
  }

  /** What was measured: values by name, and the total that a bare name must reach. */
  private record Measured(Map<String, BigDecimal> values, long total, String problem) {}

  @Override
  public void run(ScenarioRunner runner) {
    long at = runner.cluster().now();
    if (subject == Subject.OUTPUT || subject == Subject.ERROR) {
      KubectlResult result = runner.lastCommand();
      boolean passed = result != null && result.output().contains(phrase) && (subject == Subject.OUTPUT || result.failed());
      String actual = result == null ? "no kubectl command ran yet"
          : (result.failed() ? "error: " : "output: ") + result.output().replace("\n", " | ");
      runner.record(new TranscriptEntry.Expectation(line, at, text, passed, actual));
      return;
    }
    Measured measured = measure(runner);
    if (measured.problem() != null) {
      runner.record(new TranscriptEntry.Expectation(line, at, text, false, measured.problem()));
      return;
    }
    boolean passed = true;
    for (Condition condition : conditions) {
      passed &= holds(condition, measured);
    }
    runner.record(new TranscriptEntry.Expectation(line, at, text, passed, describe(measured)));
  }

  private boolean holds(Condition condition, Measured measured) {
    BigDecimal actual = measured.values().getOrDefault(condition.name(), BigDecimal.ZERO);
    if (!condition.isBare()) {
      return condition.holds(actual);
    }
    if (condition.name().equals("none")) {
      return measured.total() == 0;
    }
    return measured.total() > 0 && actual.longValueExact() == measured.total();
  }

  private Measured measure(ScenarioRunner runner) {
    String service = runner.serviceOr(target);
    boolean exists = runner.cluster().services().stream().map(Service::name).anyMatch(service::equals);
    switch (subject) {
      case REQUESTS -> {
        long sent = runner.traffic().size();
        if (last > sent) {
          return new Measured(Map.of(), 0, "only " + sent + " requests were sent so far");
        }
        Map<String, Long> counts = runner.traffic().last(last < 0 ? sent : last);
        return new Measured(decimals(counts), last < 0 ? sent : last, null);
      }
      case ENDPOINTS, CONNECTIONS -> {
        if (!exists) {
          return new Measured(Map.of(), 0, "service \"" + service + "\" not found");
        }
        Tally tally = subject == Subject.ENDPOINTS
            ? Tally.byDeployment(runner.cluster().endpoints(service))
            : runner.cluster().openConnections(service);
        return new Measured(decimals(tally.counts()), tally.total(), null);
      }
      case PATCH -> {
        Optional<PropagationReport> report = exists ? runner.cluster().lastPatch(service) : Optional.empty();
        return report.map(r -> new Measured(patchFigures(r), 0, null))
            .orElseGet(() -> new Measured(Map.of(), 0, "service \"" + service + "\" was not patched yet"));
      }
      default -> {
        return new Measured(countFigures(runner.cluster().counts()), 0, null);
      }
    }
  }

  private static Map<String, BigDecimal> patchFigures(PropagationReport report) {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    figures.put("selector-writes", BigDecimal.valueOf(report.selectorWrites()));
    figures.put("endpoints-touched", BigDecimal.valueOf(report.endpointsTouched()));
    figures.put("proxy-rule-writes", BigDecimal.valueOf(report.proxyRuleWrites()));
    figures.put("nodes", BigDecimal.valueOf(report.nodes()));
    figures.put("nodes-synced", BigDecimal.valueOf(report.nodesSynced()));
    if (report.isComplete()) {
      figures.put("seconds", BigDecimal.valueOf(report.propagationMicros()).movePointLeft(6).stripTrailingZeros());
    }
    return figures;
  }

  private static Map<String, BigDecimal> countFigures(ClusterCounts counts) {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    figures.put("api-writes", BigDecimal.valueOf(counts.operations().updateCalls()));
    figures.put("selector-writes", BigDecimal.valueOf(counts.operations().pointerWrites()));
    figures.put("per-user-entries", BigDecimal.valueOf(counts.operations().entriesWritten()));
    figures.put("requests-routed", BigDecimal.valueOf(counts.operations().routingReads()));
    figures.put("endpoints-touched", BigDecimal.valueOf(counts.propagation().endpointsTouched()));
    figures.put("proxy-rule-writes", BigDecimal.valueOf(counts.propagation().proxyRuleWrites()));
    figures.put("proxy-syncs", BigDecimal.valueOf(counts.propagation().proxySyncs()));
    return figures;
  }

  private static Map<String, BigDecimal> decimals(Map<String, Long> counts) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    counts.forEach((name, count) -> values.put(name, BigDecimal.valueOf(count)));
    return values;
  }

  /** The measured values the line mentions, then any other non-zero ones, as {@code name value}. */
  private String describe(Measured measured) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (Condition condition : conditions) {
      if (!condition.name().equals("none")) {
        BigDecimal value = measured.values().get(condition.name());
        shown.put(condition.name(), value == null ? (subject == Subject.PATCH ? "pending" : "0") : value.toPlainString());
      }
    }
    measured.values().forEach((name, value) -> {
      if (value.signum() != 0) {
        shown.putIfAbsent(name, value.toPlainString());
      }
    });
    List<String> parts = new ArrayList<>();
    shown.forEach((name, value) -> parts.add(name + " " + value));
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }
}
