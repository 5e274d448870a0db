package org.bglab.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bglab.simulator.cluster.Cluster;
import org.bglab.simulator.cluster.RequestOutcome;
import org.bglab.simulator.cluster.Tally;

/**
 * {@code send N requests [to SERVICE] [and SERVICE]... [over DURATION] [on connections]}: requests
 * to a Service, all at the current instant or spread evenly over a duration (the cluster keeps
 * moving meanwhile), each on a new connection through a random node, or on the open keep-alive
 * connections.
 *
 * <p>With {@code and SERVICE}, each request is sent to every Service named and their answers are
 * combined into one, as a gateway that merges the outputs of several models does: the combined
 * answer reaches every deployment the parts reached, and fails when any part fails (it needs all
 * of them). It is logged once, as a request to the first Service.
 *
 * @param service the Service, or {@code null} for the first one created
 * @param combinedWith the other Services every request also goes to (usually none)
 * @param over the time the requests are spread over, 0 for all at once
 */
record SendStep(int line, String text, long count, String service, List<String> combinedWith, long over,
    boolean onConnections) implements Step {

  /** Copies the list. */
  SendStep {
    combinedWith = List.copyOf(combinedWith);
  }

  @Override
  public void run(ScenarioRunner runner) {
    Cluster cluster = runner.cluster();
    List<String> targets = new ArrayList<>();
    targets.add(runner.serviceOr(service));
    targets.addAll(combinedWith);
    long start = cluster.now();
    int slot = runner.reserve();
    Map<String, Long> reached = new TreeMap<>();
    Map<String, Long> failures = new TreeMap<>();
    long keptAlive = 0;
    List<RequestOutcome> parts = new ArrayList<>(targets.size());
    for (long i = 0; i < count; i++) {
      if (over > 0) {
        runner.advanceTo(start + over / count * i + over % count * i / count);
      }
      parts.clear();
      boolean onOpenConnection = false;
      for (String target : targets) {
        RequestOutcome part = onConnections
            ? cluster.sendOnConnection(target, runner.random())
            : cluster.sendRequest(target, runner.random());
        parts.add(part);
        onOpenConnection |= part.keepAlive();
        if (part.reachedPod()) {
          reached.merge(part.deployment(), 1L, Long::sum);
        }
      }
      keptAlive += onOpenConnection ? 1 : 0;
      runner.traffic().add(targets.get(0), parts);
      parts.stream().filter(RequestOutcome::isFailed).findFirst()
          .ifPresent(failed -> failures.merge(failed.failure(), 1L, Long::sum));
    }
    if (over > 0) {
      runner.advanceTo(start + over);
    }
    runner.fill(slot, new TranscriptEntry.Traffic(line, start, targets.get(0), combinedWith, count, over,
        new Tally(new TreeMap<>(reached)), new Tally(new TreeMap<>(failures)), keptAlive));
  }
}
