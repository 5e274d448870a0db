package org.bglab.coursework.exercise.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;

/**
 * Fault: the batched switch copied as it is, walking up from user 0. The counts are right and
 * everyone ends on green, but mid-switch the oldest users are on green instead of the newest.
 */
final class OldestFirst extends NewestFirstProcess {

  /** The lowest user not switched yet: this version ignores {@code switchedFrom}. */
  private int next;

  OldestFirst(UserRouteTable table, Environment target, OperationCounter counter, int batchSize) {
    super(table, target, counter, batchSize);
  }

  @Override
  public boolean step() {
    if (isComplete()) {
      return false;
    }
    int to = Math.min(table.users(), next + batchSize);
    counter.recordUpdateCall();
    counter.recordEntriesWritten(table.assignRange(next, to, target));
    next = to;
    return true;
  }

  @Override
  public boolean isComplete() {
    return next == table.users();
  }
}
