package org.bglab.coursework.exercise.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;

/**
 * The reference solution: the bodies of {@code step()} and {@code isComplete()} a student writes
 * into the skeleton's process.
 */
final class ReferenceSolution extends NewestFirstProcess {

  ReferenceSolution(UserRouteTable table, Environment target, OperationCounter counter,
      int batchSize) {
    super(table, target, counter, batchSize);
  }

  @Override
  public boolean step() {
    if (isComplete()) {
      return false;
    }
    int from = Math.max(0, switchedFrom - batchSize);
    counter.recordUpdateCall();
    counter.recordEntriesWritten(table.assignRange(from, switchedFrom, target));
    switchedFrom = from;
    return true;
  }

  @Override
  public boolean isComplete() {
    return switchedFrom == 0;
  }
}
