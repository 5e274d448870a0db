package org.bglab.coursework.exercise.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchProcess;

/**
 * The state every version of the newest-first process keeps, the same fields the student's
 * skeleton declares; each version supplies only {@code step()} and {@code isComplete()}.
 */
abstract class NewestFirstProcess implements SwitchProcess {

  /** The routing table being switched. */
  final UserRouteTable table;
  /** The environment every user is moved to. */
  final Environment target;
  /** Where the operations are recorded. */
  final OperationCounter counter;
  /** Users per update call. */
  final int batchSize;
  /** Users {@code switchedFrom} to {@code n-1} have been switched; starts at {@code n}. */
  int switchedFrom;

  NewestFirstProcess(UserRouteTable table, Environment target, OperationCounter counter,
      int batchSize) {
    this.table = table;
    this.target = target;
    this.counter = counter;
    this.batchSize = batchSize;
    this.switchedFrom = table.users();
  }

  /** Creates one version of the process for a switch that is starting. */
  @FunctionalInterface
  interface Factory {
    /**
     * Creates the process.
     *
     * @param table the table to switch
     * @param target where every user goes
     * @param counter where operations are recorded
     * @param batchSize users per update call
     * @return the process, nothing written yet
     */
    NewestFirstProcess create(
        UserRouteTable table, Environment target, OperationCounter counter, int batchSize);
  }
}
