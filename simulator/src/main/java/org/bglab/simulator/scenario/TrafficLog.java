package org.bglab.simulator.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bglab.simulator.cluster.RequestOutcome;

/**
 * Every request a scenario sent, in order: the Service it was sent to, the deployments whose pods
 * it reached, and why it failed. Requests with the same outcome share one record, so the log
 * keeps one number per request.
 */
final class TrafficLog {

  /** One outcome; {@code failure} is {@code null} for a request answered well. */
  private record Kind(String service, List<String> deployments, String failure) {}

  private final List<Kind> kinds = new ArrayList<>();
  private final Map<Kind, Integer> codes = new HashMap<>();
  private final List<String> deployments = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Long> sentTo = new HashMap<>();
  private int[] outcomes = new int[1024];
  private int size;

  /** The name a failure reason has in {@code expect} conditions: {@code model error} -> {@code model-error}. */
  static String reasonName(String failure) {
    return failure.replace(' ', '-');
  }

  /**
   * Records one request sent to {@code service}; {@code parts} holds one outcome per Service it
   * went to (more than one when answers are combined). It reached every deployment any part
   * reached, and failed with the first failure among the parts.
   */
  void add(String service, List<RequestOutcome> parts) {
    List<String> reached = new ArrayList<>();
    String failure = null;
    for (RequestOutcome part : parts) {
      if (part.reachedPod() && !reached.contains(part.deployment())) {
        reached.add(part.deployment());
        remember(deployments, part.deployment());
      }
      if (failure == null && part.isFailed()) {
        failure = part.failure();
        remember(failures, failure);
      }
    }
    Kind kind = new Kind(service, List.copyOf(reached), failure);
    Integer code = codes.get(kind);
    if (code == null) {
      code = kinds.size();
      kinds.add(kind);
      codes.put(kind, code);
    }
    if (size == outcomes.length) {
      outcomes = Arrays.copyOf(outcomes, size * 2);
    }
    outcomes[size++] = code;
    sentTo.merge(service, 1L, Long::sum);
  }

  private static void remember(List<String> names, String name) {
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  /** The number of requests sent so far to {@code service}, or to any Service when it is {@code null}. */
  long size(String service) {
    return service == null ? size : sentTo.getOrDefault(service, 0L);
  }

  /**
   * The last {@code count} requests sent to {@code service} (any Service when {@code null}), counted
   * by each deployment they reached, then {@code failed}, then each failure reason by its
   * {@linkplain #reasonName name}.
   */
  Map<String, Long> last(long count, String service) {
    long[] byKind = new long[kinds.size()];
    long found = 0;
    for (int i = size - 1; i >= 0 && found < count; i--) {
      if (service == null || kinds.get(outcomes[i]).service().equals(service)) {
        byKind[outcomes[i]]++;
        found++;
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    deployments.forEach(deployment -> counts.put(deployment, 0L));
    counts.put("failed", 0L);
    failures.forEach(failure -> counts.put(reasonName(failure), 0L));
    for (int k = 0; k < byKind.length; k++) {
      Kind kind = kinds.get(k);
      for (String deployment : kind.deployments()) {
        counts.merge(deployment, byKind[k], Long::sum);
      }
      if (kind.failure() != null) {
        counts.merge("failed", byKind[k], Long::sum);
        counts.merge(reasonName(kind.failure()), byKind[k], Long::sum);
      }
    }
    return counts;
  }
}
