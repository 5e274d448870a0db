package org.bglab.simulator.strategy;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;

/**
 * The analysed routine: walk over every user and send one update call that writes that user's
 * entry. {@code n} calls and {@code n} entries written, so the switch is O(n).
 */
public final class PerUserSwitch implements SwitchStrategy<UserRouteTable> {

  /** The name of this strategy. */
  public static final String NAME = "per-user";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public UserRouteTable newRoutingState(int users) {
    return new UserRouteTable(users);
  }

  @Override
  public SwitchProcess begin(UserRouteTable table, Environment target, OperationCounter counter) {
    return new Process(table, target, counter);
  }

  private static final class Process implements SwitchProcess {
    private final UserRouteTable table;
    private final Environment target;
    private final OperationCounter counter;
    private int next;

    Process(UserRouteTable table, Environment target, OperationCounter counter) {
      this.table = table;
      this.target = target;
      this.counter = counter;
    }

    @Override
    public boolean step() {
      if (isComplete()) {
        return false;
      }
      counter.recordUpdateCall();
      counter.recordEntriesWritten(table.assign(next++, target));
      return true;
    }

    @Override
    public boolean isComplete() {
      return next >= table.users();
    }

    /** The same calls as repeated {@link #step()}, tallied in locals and recorded once. */
    @Override
    public void finish() {
      int users = table.users();
      long calls = 0;
      long written = 0;
      for (; next < users; next++) {
        calls++;
        written += table.assign(next, target);
      }
      counter.recordUpdateCalls(calls);
      counter.recordEntriesWritten(written);
    }
  }
}
