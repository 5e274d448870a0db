package org.bglab.coursework.exercise;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * <b>Exercise:</b> a batched switch that moves the newest users first. The strategy part of this
 * class is done; you complete {@link Process#step()} and {@link Process#isComplete()}.
 *
 * <p>Users are numbered in the order they signed up, so user {@code n-1} is the newest. A team
 * may want the newest users on the new model first: they have the least history with the old
 * one, and they are the group the new model was trained for. Like
 * {@link org.bglab.simulator.strategy.BatchedSwitch}, each update call carries up to {@code b}
 * users, but the batches are taken from the top:
 *
 * <pre>
 *   n = 10, b = 4:   call 1 writes users 6..9,  call 2 writes users 2..5,  call 3 writes users 0..1
 * </pre>
 *
 * <p>The last call carries whatever is left, which may be fewer than {@code b} users, and it
 * must reach user 0. The counts must come out as for the batched switch: {@code n} entries
 * written and {@code ceil(n/b)} update calls, measured by your code as it writes.
 *
 * <p>Check your work with {@code mvn test} (in bglab's own checkout:
 * {@code mvn -pl simulator test -Pexercise}). Every property in
 * {@link NewestFirstSwitchProperties} is tried on many small switches; a failing one prints the
 * smallest switch it found that breaks it, such as {@code n=1 users, b=2 per call}. Work it
 * through by hand on paper, fix the code, run again.
 */
public final class NewestFirstSwitch implements SwitchStrategy<UserRouteTable> {

  /** The name of this strategy. */
  public static final String NAME = "newest-first";

  private final int batchSize;

  /**
   * Creates the strategy.
   *
   * @param batchSize users per update call, at least 1
   * @throws IllegalArgumentException when {@code batchSize} is less than 1
   */
  public NewestFirstSwitch(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.batchSize = batchSize;
  }

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
    return new Process(table, target, counter, batchSize);
  }

  /** One newest-first switch under way: every {@link #step()} is one update call. */
  private static final class Process implements SwitchProcess {
    private final UserRouteTable table;
    private final Environment target;
    private final OperationCounter counter;
    private final int batchSize;

    /**
     * Users {@code switchedFrom} to {@code n-1} have been switched already. It starts at
     * {@code n} (nobody switched yet) and goes down to 0 (everybody switched).
     */
    private int switchedFrom;

    Process(UserRouteTable table, Environment target, OperationCounter counter, int batchSize) {
      this.table = table;
      this.target = target;
      this.counter = counter;
      this.batchSize = batchSize;
      this.switchedFrom = table.users();
    }

    /**
     * Makes the next update call: switches the next batch of up to {@code batchSize} users, the
     * highest-numbered ones not switched yet, and records what it did.
     *
     * <p>Hints:
     * <ul>
     *   <li>When the switch is already complete, make no call, record nothing, return
     *       {@code false}.
     *   <li>{@code table.assignRange(from, to, target)} writes users {@code from} (inclusive) to
     *       {@code to} (exclusive) and returns how many entries it wrote. Record that number with
     *       {@code counter.recordEntriesWritten(...)}; do not work it out yourself.
     *   <li>One step is one update call: {@code counter.recordUpdateCall()}, once.
     *   <li>The batch below {@code switchedFrom} starts {@code batchSize} users lower, but never
     *       below user 0.
     * </ul>
     *
     * @return {@code true} if a call was made, {@code false} if the switch was already complete
     */
    @Override
    public boolean step() {
      throw new UnsupportedOperationException(
          "TODO: make the next update call (read the hints in the Javadoc of step())");
    }

    /**
     * Whether every user has been switched, that is whether user 0 has been reached.
     *
     * @return {@code true} once no user is left to switch
     */
    @Override
    public boolean isComplete() {
      throw new UnsupportedOperationException(
          "TODO: say whether every user has been switched (see switchedFrom)");
    }
  }
}
