package org.bglab.simulator.strategy;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;

/**
 * The per-user table updated in batches: each update call carries the entries of up to {@code b}
 * consecutive users. Calls fall to {@code ceil(n/b)}, but every entry is still written, so the
 * work stays O(n).
 */
public final class BatchedSwitch implements SwitchStrategy<UserRouteTable> {

  /** The name of this strategy. */
  public static final String NAME = "batched";

  private final int batchSize;

  /**
   * Creates a batched strategy.
   *
   * @param batchSize users per update call, at least 1
   * @throws IllegalArgumentException when {@code batchSize} is less than 1
   */
  public BatchedSwitch(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /**
   * Users per update call.
   *
   * @return the batch size {@code b}
   */
  @Override
  public int batchSize() {
    return batchSize;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The name with the batch size: {@code batched (b=100)}. */
  @Override
  public String label() {
    return NAME + " (b=" + batchSize + ")";
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
    private int next;

    Process(UserRouteTable table, Environment target, OperationCounter counter, int batchSize) {
      this.table = table;
      this.target = target;
      this.counter = counter;
      this.batchSize = batchSize;
    }

    @Override
    public boolean step() {
      if (isComplete()) {
        return false;
      }
      int end = (int) Math.min(table.users(), (long) next + batchSize);
      counter.recordUpdateCall();
      counter.recordEntriesWritten(table.assignRange(next, end, target));
      next = end;
      return true;
    }

    @Override
    public boolean isComplete() {
      return next >= table.users();
    }
  }
}
