package org.bglab.coursework.exercise.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;

/**
 * Fault: only whole batches are sent. It stops as soon as fewer than {@code b} users are left,
 * so when {@code b} does not divide {@code n} the oldest users never reach green.
 */
final class DropsLastPartialBatch extends NewestFirstProcess {

  DropsLastPartialBatch(
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
    counter.recordEntriesWritten(table.assignRange(from, switchedFrom, target));
    switchedFrom = from;
    return true;
  }

  @Override
  public boolean isComplete() {
    return switchedFrom < batchSize;
  }
}
