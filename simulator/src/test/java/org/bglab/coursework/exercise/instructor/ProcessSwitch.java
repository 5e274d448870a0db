package org.bglab.coursework.exercise.instructor;

import org.bglab.coursework.exercise.NewestFirstSwitch;
import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * A newest-first strategy whose process is one of the versions in this package: the same
 * strategy half as the student's {@link NewestFirstSwitch}, with the process swapped.
 *
 * @param batchSize users per update call
 * @param version creates the version of the process under test
 */
record ProcessSwitch(int batchSize, NewestFirstProcess.Factory version)
    implements SwitchStrategy<UserRouteTable> {

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
    return version.create(table, target, counter, batchSize);
  }
}
