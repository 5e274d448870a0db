package org.bglab.coursework.examples.instructor;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * A batched switch with a word-boundary mistake: when {@code n} is a multiple of 64, its last
 * batch stops one user short, so user {@code n-1} stays on blue and one entry is missing. At every
 * other {@code n} it behaves exactly like {@link BatchedSwitch}: uniform random sizes hit it once
 * in 64 draws.
 *
 * @param batchSize users per update call
 */
record SkipsLastUserOnAWordBoundary(int batchSize) implements SwitchStrategy<UserRouteTable> {

  @Override
  public String name() {
    return BatchedSwitch.NAME;
  }

  @Override
  public UserRouteTable newRoutingState(int users) {
    return new UserRouteTable(users);
  }

  @Override
  public SwitchProcess begin(UserRouteTable table, Environment target, OperationCounter counter) {
    int last = table.users() % 64 == 0 ? table.users() - 1 : table.users();
    return new SwitchProcess() {
      private int next;

      @Override
      public boolean step() {
        if (isComplete()) {
          return false;
        }
        int end = Math.min(last, next + batchSize);
        counter.recordUpdateCall();
        counter.recordEntriesWritten(table.assignRange(next, end, target));
        next = end;
        return true;
      }

      @Override
      public boolean isComplete() {
        return next >= last;
      }
    };
  }
}
