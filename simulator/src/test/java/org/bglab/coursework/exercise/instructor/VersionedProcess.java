package org.bglab.coursework.exercise.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchProcess;

/**
 * A newest-first switch under way, with the fields of the student's skeleton and the
 * {@code step()} every {@link Version} shares; the version decides the rest.
 */
final class VersionedProcess implements SwitchProcess {

  final UserRouteTable table;
  final Environment target;
  final OperationCounter counter;
  final int batchSize;
  /** Users {@code switchedFrom} to {@code n-1} have been switched; starts at {@code n}. */
  int switchedFrom;
  private final Version version;

  VersionedProcess(UserRouteTable table, Environment target, OperationCounter counter,
      int batchSize, Version version) {
    this.table = table;
    this.target = target;
    this.counter = counter;
    this.batchSize = batchSize;
    this.switchedFrom = table.users();
    this.version = version;
  }

  /** If not complete: one update call, recorded, carrying the batch the version sends. */
  @Override
  public boolean step() {
    if (isComplete()) {
      return false;
    }
    counter.recordUpdateCall();
    version.sendBatch(this);
    return true;
  }

  @Override
  public boolean isComplete() {
    return version.isComplete(this);
  }

  /** Writes users {@code from} to {@code to - 1} and records the entries the table wrote. */
  void write(int from, int to) {
    counter.recordEntriesWritten(table.assignRange(from, to, target));
  }
}
