package org.bglab.simulator.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl rollout status}: waits, moving the simulated clock, until a deployment has all
 * its replicas updated and ready, reporting progress as kubectl does.
 */
final class RolloutStatus {

  private final Cluster cluster;

  RolloutStatus(Cluster cluster) {
    this.cluster = cluster;
  }

  /** Waits for {@code name} for at most {@code timeout} simulated nanoseconds. */
  String await(String name, long timeout) {
    long deadline = cluster.now() + timeout;
    List<String> lines = new ArrayList<>();
    String last = "";
    while (true) {
      Deployment deployment = cluster.deployment(name);
      if (deployment.isRolledOut(cluster.now())) {
        lines.add("deployment \"" + name + "\" successfully rolled out");
        return String.join("\n", lines);
      }
      String waiting = progress(deployment);
      if (!waiting.equals(last)) {
        lines.add(waiting);
        last = waiting;
      }
      long next = cluster.nextEventTime();
      if (next > deadline) {
        cluster.advanceTo(deadline);
        lines.add("error: timed out waiting for the condition");
        throw new UsageException(String.join("\n", lines));
      }
      cluster.advanceTo(next);
    }
  }

  private String progress(Deployment deployment) {
    String prefix = "Waiting for deployment \"" + deployment.name() + "\" rollout to finish: ";
    int updated = deployment.updatedReplicas();
    if (updated < deployment.replicas()) {
      return prefix + updated + " out of " + deployment.replicas() + " new replicas have been updated...";
    }
    if (deployment.pods().size() > updated) {
      return prefix + (deployment.pods().size() - updated) + " old replicas are pending termination...";
    }
    return prefix + deployment.readyReplicas(cluster.now()) + " of " + updated + " updated replicas are available...";
  }
}
