package org.bglab.coursework.exercise.instructor.reference;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * The reference solution of the newest-first exercise: the student's skeleton with
 * {@code step()} and {@code isComplete()} filled in. Not for students.
 *
 * <p>It lives in a folder of its own so that the {@code mutation-exercise} profile can compile it
 * as main code, where PIT mutates it to measure the exercise's property suite.
 */
public final class NewestFirstReference implements SwitchStrategy<UserRouteTable> {

  private final int batchSize;

  /**
   * Creates the strategy.
   *
   * @param batchSize users per update call, at least 1
   * @throws IllegalArgumentException when {@code batchSize} is less than 1
   */
  public NewestFirstReference(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.batchSize = batchSize;
  }

  @Override
  public String name() {
    return "newest-first";
  }

  @Override
  public UserRouteTable newRoutingState(int users) {
    return new UserRouteTable(users);
  }

  @Override
  public SwitchProcess begin(UserRouteTable table, Environment target, OperationCounter counter) {
    return new Process(table, target, counter, batchSize);
  }

  private static final class Process implements SwitchProcess {
    private final UserRouteTable table;
    private final Environment target;
    private final OperationCounter counter;
    private final int batchSize;
    private int switchedFrom;

    Process(UserRouteTable table, Environment target, OperationCounter counter, int batchSize) {
      this.table = table;
      this.target = target;
      this.counter = counter;
      this.batchSize = batchSize;
      this.switchedFrom = table.users();
    }

    @Override
    public boolean step() {
      if (isComplete()) {
        return false;
      }
      counter.recordUpdateCall();
      int from = Math.max(0, switchedFrom - batchSize);
      counter.recordEntriesWritten(table.assignRange(from, switchedFrom, target));
      switchedFrom = from;
      return true;
    }

    @Override
    public boolean isComplete() {
      return switchedFrom == 0;
    }
  }
}
