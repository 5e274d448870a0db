package org.bglab.coursework.exercise.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchProcess;

/**
 * A newest-first switch under way, with the fields of the student's skeleton and the
 * {@code step()} every {@link Fault} shares; the fault decides the rest.
 */
final class FaultyProcess implements SwitchProcess {

  final UserRouteTable table;
  final Environment target;
  final OperationCounter counter;
  final int batchSize;
  /** Users {@code switchedFrom} to {@code n-1} have been switched; starts at {@code n}. */
  int switchedFrom;
  /** Update calls made so far. */
  int calls;
  /** Entries written but not recorded yet, for the fault that records them late. */
  long entriesHeldBack;
  private final Fault fault;

  FaultyProcess(UserRouteTable table, Environment target, OperationCounter counter,
      int batchSize, Fault fault) {
    this.table = table;
    this.target = target;
    this.counter = counter;
    this.batchSize = batchSize;
    this.switchedFrom = table.users();
    this.fault = fault;
  }

  /** If users are left: one update call, recorded, carrying the batch the fault sends. */
  @Override
  public boolean step() {
    if (!fault.hasUsersLeft(this)) {
      return false;
    }
    counter.recordUpdateCall();
    calls++;
    fault.sendBatch(this);
    return true;
  }

  @Override
  public boolean isComplete() {
    return fault.isComplete(this);
  }

  /** Writes users {@code from} to {@code to - 1} and records the entries the table wrote. */
  void write(int from, int to) {
    counter.recordEntriesWritten(table.assignRange(from, to, target));
  }
}
