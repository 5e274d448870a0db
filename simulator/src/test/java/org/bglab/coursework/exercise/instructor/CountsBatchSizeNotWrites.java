package org.bglab.coursework.exercise.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;

/**
 * Fault: the entries written are computed, {@code b} per call, instead of taken from what the
 * table reports. The last, partial batch is over-counted: a formula where a measurement belongs.
 */
final class CountsBatchSizeNotWrites extends NewestFirstProcess {

  CountsBatchSizeNotWrites(
      UserRouteTable table, Environment target, OperationCounter counter, int batchSize) {
    super(table, target, counter, batchSize);
  }

  @Override
  public boolean step() {
    if (isComplete()) {
      return false;
    }
    int from = Math.max(0, switchedFrom - batchSize);
    counter.recordUpdateCall();
    table.assignRange(from, switchedFrom, target);
    counter.recordEntriesWritten(batchSize);
    switchedFrom = from;
    return true;
  }

  @Override
  public boolean isComplete() {
    return switchedFrom == 0;
  }
}
