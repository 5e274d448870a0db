package org.bglab.coursework.exercise.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;

/**
 * Fault: the end of each batch is taken as inclusive, so every batch after the first writes the
 * lowest user of the previous batch again. Everyone ends on green; the entry count is too high.
 */
final class WritesBoundaryUserTwice extends NewestFirstProcess {

  WritesBoundaryUserTwice(
      UserRouteTable table, Environment target, OperationCounter counter, int batchSize) {
    super(table, target, counter, batchSize);
  }

  @Override
  public boolean step() {
    if (isComplete()) {
      return false;
    }
    int from = Math.max(0, switchedFrom - batchSize);
    int to = Math.min(table.users(), switchedFrom + 1);
    counter.recordUpdateCall();
    counter.recordEntriesWritten(table.assignRange(from, to, target));
    switchedFrom = from;
    return true;
  }

  @Override
  public boolean isComplete() {
    return switchedFrom == 0;
  }
}
