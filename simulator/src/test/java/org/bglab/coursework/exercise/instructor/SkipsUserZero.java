package org.bglab.coursework.exercise.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;

/**
 * Fault: users are counted from 1, so the last batch stops at user 1 and user 0 stays on blue.
 */
final class SkipsUserZero extends NewestFirstProcess {

  SkipsUserZero(UserRouteTable table, Environment target, OperationCounter counter, int batchSize) {
    super(table, target, counter, batchSize);
  }

  @Override
  public boolean step() {
    if (isComplete()) {
      return false;
    }
    int from = Math.max(1, switchedFrom - batchSize);
    counter.recordUpdateCall();
    counter.recordEntriesWritten(table.assignRange(from, switchedFrom, target));
    switchedFrom = from;
    return true;
  }

  @Override
  public boolean isComplete() {
    return switchedFrom <= 1;
  }
}
