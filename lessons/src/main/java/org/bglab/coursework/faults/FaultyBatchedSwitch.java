package org.bglab.coursework.faults;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * A batched switch with one {@link BatchedFault} in it. Apart from that fault it does what
 * {@link BatchedSwitch} does: calls of up to {@code b} consecutive users from user 0 upwards, each
 * counted as it is made, with the entries the table reports.
 *
 * @param batchSize users per update call, at least 1
 * @param fault the mistake it makes
 */
public record FaultyBatchedSwitch(int batchSize, BatchedFault fault)
    implements SwitchStrategy<UserRouteTable> {

  /**
   * Checks the batch size, as {@link BatchedSwitch} does.
   *
   * @throws IllegalArgumentException when {@code batchSize} is less than 1
   */
  public FaultyBatchedSwitch {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
  }

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
    return new FaultyProcess(table, target, counter, batchSize, fault);
  }

  /** The batched process, walking up from user 0, with the fault at the place it belongs. */
  private static final class FaultyProcess implements SwitchProcess {
    private final UserRouteTable table;
    private final Environment target;
    private final OperationCounter counter;
    private final int batchSize;
    private final BatchedFault fault;
    /** The users this process switches: {@code 0} to {@code end - 1}. */
    private final int end;
    private int next;
    private int calls;
    private long entriesHeldBack;

    FaultyProcess(UserRouteTable table, Environment target, OperationCounter counter,
        int batchSize, BatchedFault fault) {
      this.table = table;
      this.target = target;
      this.counter = counter;
      this.batchSize = batchSize;
      this.fault = fault;
      this.end = endFor(table.users(), batchSize, fault);
      this.next = fault == BatchedFault.ROLLBACK_MISSES_USER_ZERO && target == Environment.BLUE
          ? 1 : 0;
    }

    private static int endFor(int users, int batchSize, BatchedFault fault) {
      return switch (fault) {
        case LAST_USER_LEFT_ON_BLUE -> users - 1;
        case PARTIAL_BATCH_DROPPED -> users - users % batchSize;
        case WORD_BOUNDARY -> users % 64 == 0 ? users - 1 : users;
        default -> users;
      };
    }

    @Override
    public boolean step() {
      if (next >= end) {
        if (fault == BatchedFault.CALL_COUNTED_AFTER_THE_END) {
          counter.recordUpdateCall();
        }
        return false;
      }
      int to = (int) Math.min(end, (long) next + batchSize);
      boolean partial = to - next < batchSize;
      if (!(fault == BatchedFault.PARTIAL_CALL_NOT_COUNTED && partial)) {
        counter.recordUpdateCall();
      }
      calls++;
      long written = fault == BatchedFault.NEWEST_USERS_FIRST
          ? table.assignRange(table.users() - to, table.users() - next, target)
          : table.assignRange(next, to, target);
      next = to;
      switch (fault) {
        case BATCH_SIZE_COUNTED_AS_ENTRIES -> counter.recordEntriesWritten(batchSize);
        case ENTRIES_RECORDED_AT_THE_END -> {
          entriesHeldBack += written;
          if (next >= end) {
            counter.recordEntriesWritten(entriesHeldBack);
          }
        }
        default -> counter.recordEntriesWritten(written);
      }
      return true;
    }

    @Override
    public boolean isComplete() {
      return fault == BatchedFault.COMPLETE_ONE_CALL_EARLY
          ? calls >= table.users() / batchSize
          : next >= end;
    }
  }
}
