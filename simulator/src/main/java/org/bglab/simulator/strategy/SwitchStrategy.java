package org.bglab.simulator.strategy;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.RoutingState;
import org.bglab.simulator.model.UserRouteTable;

/**
 * One way of moving every user from one environment to the other.
 *
 * <p>A strategy chooses the routing state it works on and performs the switch against it as a
 * {@link SwitchProcess}: a sequence of update calls, each writing entries or a pointer and
 * recording exactly what it wrote in the counter. Switching back (a rollback) is the same process
 * with the other target.
 *
 * <p>To write your own strategy, implement this interface and {@link SwitchProcess}. An instance
 * runs wherever a built-in one does: {@link TrafficRouter#create(SwitchStrategy, int)}, a
 * simulation ({@code SimulationConfig.of(strategy, users)}), a sweep ({@code SweepPlan}), and on
 * the command line with {@code --strategy-path} and {@code --strategy-class}. A strategy carries
 * its own name, its label in charts and its own settings. Every strategy is expected to keep
 * these promises, which the example properties in the coursework tests check:
 * <ul>
 *   <li>once the process is complete, every user's route leads to the target;
 *   <li>the counter receives what was written, as the routing state reported it, never a number
 *       computed from {@code n};
 *   <li>the same inputs give the same counts and the same routing state.
 * </ul>
 *
 * @param <S> the kind of routing state the strategy writes
 */
public interface SwitchStrategy<S extends RoutingState> {

  /**
   * The strategy's name on the command line and in output.
   *
   * @return a short lower-case name such as {@code per-user}
   */
  String name();

  /**
   * The strategy's label in charts and growth tables, naming the settings that tell two instances
   * apart (such as {@code batched (b=100)}). The default is {@link #name()}.
   *
   * @return the series label
   */
  default String label() {
    return name();
  }

  /**
   * The users each update call carries, for a strategy that writes in batches of a fixed size;
   * reported in the {@code batchSize} column of CSV and JSON output. The default, 0, means the
   * strategy has no batch size.
   *
   * @return users per update call, or 0
   */
  default int batchSize() {
    return 0;
  }

  /**
   * A new routing state of the kind this strategy writes.
   *
   * @param users the number of users, at least 1
   * @return a state routing every one of them to blue
   */
  S newRoutingState(int users);

  /**
   * The bytes {@link #newRoutingState(int)} will take for {@code users} users, known before
   * allocating, so that a caller can refuse a size that does not fit in memory. The default is
   * the size of a one-bit-per-user table.
   *
   * @param users the number of users
   * @return the size of the routing state in bytes
   */
  default long routingBytes(long users) {
    return UserRouteTable.bytesFor(users);
  }

  /**
   * Starts switching every user of {@code state} to {@code target}. Nothing is written until the
   * returned process is stepped.
   *
   * @param state the routing state to write, one this strategy created
   * @param target the environment every user is moved to
   * @param counter where the process records each operation as it performs it
   * @return the switch, not started yet
   */
  SwitchProcess begin(S state, Environment target, OperationCounter counter);
}
