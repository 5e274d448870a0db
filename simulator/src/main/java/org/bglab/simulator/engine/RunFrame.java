package org.bglab.simulator.engine;

import java.util.List;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.ProxiedRoutes.NodeStatus;

/**
 * A run as it stands at one instant, told to a {@link RunWatcher}. Counts are totals since the
 * run began.
 *
 * @param atNanos the instant, on the simulated clock
 * @param phase what the switch is doing
 * @param counts the operations counted so far (the switch's and the rollback's writes and calls,
 *     and every routing read)
 * @param usersOnGreen how many users' requests go to green, as their nodes see it
 * @param sent requests sent so far
 * @param servedByBlue requests blue served
 * @param servedByGreen requests green served
 * @param failed requests green failed
 * @param mixed whether some users go to blue and others to green right now
 * @param mixedNanos the mixed-version time so far, counting an open window up to now
 * @param sample where a fixed sample of users go
 * @param nodes where the users behind each proxy node go; empty for a central router
 */
public record RunFrame(long atNanos, RunPhase phase, OperationCounts counts, long usersOnGreen,
    long sent, long servedByBlue, long servedByGreen, long failed, boolean mixed, long mixedNanos,
    RouteSample sample, List<NodeStatus> nodes) {

  /** A frame with its own copy of the node list. */
  public RunFrame {
    nodes = List.copyOf(nodes);
  }
}
