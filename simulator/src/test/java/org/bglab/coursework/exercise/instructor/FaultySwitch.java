package org.bglab.coursework.exercise.instructor;

import org.bglab.coursework.exercise.NewestFirstSwitch;
import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * The strategy half of the student's {@link NewestFirstSwitch}, running one faulty version of
 * the process.
 *
 * @param batchSize users per update call
 * @param fault the mistake in the process
 */
record FaultySwitch(int batchSize, Fault fault) implements SwitchStrategy<UserRouteTable> {

  @Override
  public String name() {
    return NewestFirstSwitch.NAME;
  }

  @Override
  public UserRouteTable newRoutingState(int users) {
    return new UserRouteTable(users);
  }

  @Override
  public SwitchProcess begin(UserRouteTable table, Environment target, OperationCounter counter) {
    return new FaultyProcess(table, target, counter, batchSize, fault);
  }
}
