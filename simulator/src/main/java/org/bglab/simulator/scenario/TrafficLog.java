package org.bglab.simulator.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bglab.simulator.cluster.RequestOutcome;

/** Every request a scenario sent, in order, as the deployment that served it or a failure. */
final class TrafficLog {

  private static final int FAILED = -1;

  private final List<String> deployments = new ArrayList<>();
  private int[] outcomes = new int[1024];
  private int size;

  void add(RequestOutcome outcome) {
    if (size == outcomes.length) {
      outcomes = Arrays.copyOf(outcomes, size * 2);
    }
    int code = FAILED;
    if (!outcome.isFailed()) {
      code = deployments.indexOf(outcome.deployment());
      if (code < 0) {
        deployments.add(outcome.deployment());
        code = deployments.size() - 1;
      }
    }
    outcomes[size++] = code;
  }

  /** The number of requests sent so far. */
  long size() {
    return size;
  }

  /** The last {@code count} requests counted by deployment, plus {@code failed}. */
  Map<String, Long> last(long count) {
    long[] tally = new long[deployments.size()];
    long failed = 0;
    for (int i = (int) (size - count); i < size; i++) {
      if (outcomes[i] == FAILED) {
        failed++;
      } else {
        tally[outcomes[i]]++;
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int d = 0; d < tally.length; d++) {
      counts.put(deployments.get(d), tally[d]);
    }
    counts.put("failed", failed);
    return counts;
  }
}
