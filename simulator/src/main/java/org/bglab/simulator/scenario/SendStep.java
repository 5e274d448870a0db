package org.bglab.simulator.scenario;

import java.util.Map;
import java.util.TreeMap;
import org.bglab.simulator.cluster.Cluster;
import org.bglab.simulator.cluster.RequestOutcome;
import org.bglab.simulator.cluster.Tally;

/**
 * {@code send N requests [to SERVICE] [over DURATION] [on connections]}: requests to a Service,
 * all at the current instant or spread evenly over a duration (the cluster keeps moving
 * meanwhile), each on a new connection through a random node, or on the open keep-alive
 * connections.
 *
 * @param service the Service, or {@code null} for the first one created
 * @param over the time the requests are spread over, 0 for all at once
 */
record SendStep(int line, String text, long count, String service, long over, boolean onConnections)
    implements Step {

  @Override
  public void run(ScenarioRunner runner) {
    Cluster cluster = runner.cluster();
    String target = runner.serviceOr(service);
    long start = cluster.now();
    int slot = runner.reserve();
    Map<String, Long> served = new TreeMap<>();
    Map<String, Long> failures = new TreeMap<>();
    long keptAlive = 0;
    for (long i = 0; i < count; i++) {
      if (over > 0) {
        runner.advanceTo(start + over / count * i + over % count * i / count);
      }
      RequestOutcome outcome = onConnections
          ? cluster.sendOnConnection(target, runner.random())
          : cluster.sendRequest(target, runner.random());
      runner.traffic().add(outcome);
      if (outcome.isFailed()) {
        failures.merge(outcome.failure(), 1L, Long::sum);
      } else {
        served.merge(outcome.deployment(), 1L, Long::sum);
      }
      keptAlive += outcome.keepAlive() ? 1 : 0;
    }
    if (over > 0) {
      runner.advanceTo(start + over);
    }
    runner.fill(slot, new TranscriptEntry.Traffic(line, start, target, count, over,
        new Tally(new TreeMap<>(served)), new Tally(new TreeMap<>(failures)), keptAlive));
  }
}
