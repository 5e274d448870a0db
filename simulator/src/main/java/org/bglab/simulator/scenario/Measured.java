package org.bglab.simulator.scenario;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bglab.simulator.cluster.ClusterCounts;
import org.bglab.simulator.cluster.PropagationReport;

/**
 * What an {@code expect} line measured: values by name, in the order they are shown.
 *
 * @param values the measured values by name
 * @param total what a bare name must reach to mean "all of them" (requests or pods counted), else 0
 * @param problem why nothing could be measured (a Service that does not exist, ...), or {@code null}
 */
record Measured(Map<String, BigDecimal> values, long total, String problem) {

  /** Copies the values, keeping their order. */
  Measured {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Nothing measured, because of {@code problem}. */
  static Measured problem(String problem) {
    return new Measured(Map.of(), 0, problem);
  }

  /** Counts, in their order. */
  static Measured counts(Map<String, Long> counts, long total) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    counts.forEach((name, count) -> values.put(name, BigDecimal.valueOf(count)));
    return new Measured(values, total, null);
  }

  /** The figures of a selector patch's propagation; {@code seconds} only once it is complete. */
  static Measured patch(PropagationReport report) {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    figures.put("selector-writes", BigDecimal.valueOf(report.selectorWrites()));
    figures.put("endpoints-touched", BigDecimal.valueOf(report.endpointsTouched()));
    figures.put("proxy-rule-writes", BigDecimal.valueOf(report.proxyRuleWrites()));
    figures.put("nodes", BigDecimal.valueOf(report.nodes()));
    figures.put("nodes-synced", BigDecimal.valueOf(report.nodesSynced()));
    if (report.isComplete()) {
      figures.put("seconds", BigDecimal.valueOf(report.propagationNanos()).movePointLeft(9).stripTrailingZeros());
    }
    return new Measured(figures, 0, null);
  }

  /** Everything the cluster counted. */
  static Measured cluster(ClusterCounts counts) {
    Map<String, Long> figures = new LinkedHashMap<>();
    figures.put("api-writes", counts.operations().updateCalls());
    figures.put("selector-writes", counts.operations().pointerWrites());
    figures.put("per-user-entries", counts.operations().entriesWritten());
    figures.put("requests-routed", counts.operations().routingReads());
    figures.put("endpoints-touched", counts.propagation().endpointsTouched());
    figures.put("proxy-rule-writes", counts.propagation().proxyRuleWrites());
    figures.put("proxy-syncs", counts.propagation().proxySyncs());
    return counts(figures, 0);
  }

  /** The value of {@code name}, zero when it was not measured. */
  BigDecimal get(String name) {
    return values.getOrDefault(name, BigDecimal.ZERO);
  }
}
