package org.bglab.simulator.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bglab.simulator.cluster.Cluster;
import org.bglab.simulator.cluster.KubectlResult;
import org.bglab.simulator.cluster.Pod;
import org.bglab.simulator.cluster.PropagationReport;
import org.bglab.simulator.cluster.Service;
import org.bglab.simulator.cluster.Tally;

/**
 * An {@code expect} line: measures something in the running cluster and compares it with the
 * line's conditions. See {@link Subject} for what can be expected.
 *
 * @param subject what is measured
 * @param last for {@link Subject#REQUESTS}, how many of the latest requests, or -1 for all
 * @param target the Service named on the line: for requests, only those sent to it ({@code null}:
 *     all); for the other subjects, {@code null} means the first Service created
 * @param byImage whether pods are counted by image (model version) rather than by deployment
 * @param conditions the comparisons, for every subject except output and error
 * @param phrase the text to look for, for {@link Subject#OUTPUT} and {@link Subject#ERROR}
 */
record ExpectStep(int line, String text, Subject subject, long last, String target, boolean byImage,
    List<Condition> conditions, String phrase) implements Step {

  /** What an {@code expect} line can be about. */
  enum Subject {
    /** {@code expect last N requests [to SERVICE]:} / {@code expect all requests [to SERVICE]:}. */
    REQUESTS(List.of()),
    /** {@code expect endpoints [SERVICE] [by image]:} the Service's endpoints. */
    ENDPOINTS(List.of()),
    /** {@code expect ready pods [by image]:} every ready pod in the cluster. */
    READY_PODS(List.of()),
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

  /** Copies the conditions. */
  ExpectStep {
    conditions = List.copyOf(conditions);
  }

  @Override
  public void run(ScenarioRunner runner) {
    long at = runner.cluster().now();
    if (subject == Subject.OUTPUT || subject == Subject.ERROR) {
      KubectlResult result = runner.lastCommand();
      boolean passed = result != null && result.output().contains(phrase) && (subject == Subject.OUTPUT || result.failed());
      String actual = result == null ? "no kubectl command ran yet"
          : (result.failed() ? "error: " : "output: ") + result.output().replace("\n", " | ");
      runner.record(new TranscriptEntry.Expectation(line, at, text, passed, actual, actual));
      return;
    }
    Measured measured = measure(runner);
    String summary = ExpectSummary.of(this, measured);
    if (measured.problem() != null) {
      runner.record(new TranscriptEntry.Expectation(line, at, text, false, measured.problem(), summary));
      return;
    }
    boolean passed = true;
    for (Condition condition : conditions) {
      passed &= holds(condition, measured);
    }
    runner.record(new TranscriptEntry.Expectation(line, at, text, passed, describe(measured), summary));
  }

  private boolean holds(Condition condition, Measured measured) {
    BigDecimal actual = measured.get(condition.name());
    if (!condition.isBare()) {
      return condition.holds(actual);
    }
    if (condition.name().equals("none")) {
      return measured.total() == 0;
    }
    return measured.total() > 0 && actual.longValueExact() == measured.total();
  }

  private Measured measure(ScenarioRunner runner) {
    Cluster cluster = runner.cluster();
    String service = runner.serviceOr(target);
    boolean exists = cluster.services().stream().map(Service::name).anyMatch(service::equals);
    switch (subject) {
      case REQUESTS -> {
        long sent = runner.traffic().size(target);
        if (last > sent) {
          return Measured.problem("only " + sent + " requests were sent" + (target == null ? "" : " to " + target)
              + " so far");
        }
        long count = last < 0 ? sent : last;
        return Measured.counts(runner.traffic().last(count, target), count);
      }
      case ENDPOINTS, READY_PODS -> {
        if (subject == Subject.ENDPOINTS && !exists) {
          return Measured.problem("service \"" + service + "\" not found");
        }
        List<Pod> pods = subject == Subject.ENDPOINTS
            ? cluster.endpoints(service)
            : cluster.pods().stream().filter(pod -> pod.isReady(cluster.now())).toList();
        Tally tally = byImage ? Tally.byImage(pods) : Tally.byDeployment(pods);
        return Measured.counts(tally.counts(), tally.total());
      }
      case CONNECTIONS -> {
        if (!exists) {
          return Measured.problem("service \"" + service + "\" not found");
        }
        Tally tally = cluster.openConnections(service);
        return Measured.counts(tally.counts(), tally.total());
      }
      case PATCH -> {
        Optional<PropagationReport> report = exists ? cluster.lastPatch(service) : Optional.empty();
        return report.map(Measured::patch)
            .orElseGet(() -> Measured.problem("service \"" + service + "\" was not patched yet"));
      }
      default -> {
        return Measured.cluster(cluster.counts());
      }
    }
  }

  /** The measured values the line mentions, then any other non-zero ones, as {@code name value}. */
  String describe(Measured measured) {
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
