package org.bglab.coursework.exercise.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;

/**
 * Fault: the loop runs while {@code switchedFrom >= 0} instead of {@code > 0}. When {@code b}
 * divides {@code n}, one last empty update call is made after user 0 is already on green.
 */
final class OneCallTooMany extends NewestFirstProcess {

  OneCallTooMany(
      UserRouteTable table, Environment target, OperationCounter counter, int batchSize) {
    super(table, target, counter, batchSize);
  }

  @Override
  public boolean step() {
    if (isComplete()) {
      return false;
    }
    int from = switchedFrom - batchSize;
    counter.recordUpdateCall();
    counter.recordEntriesWritten(
        table.assignRange(Math.max(0, from), Math.max(0, switchedFrom), target));
    switchedFrom = from;
    return true;
  }

  @Override
  public boolean isComplete() {
    return switchedFrom < 0;
  }
}
