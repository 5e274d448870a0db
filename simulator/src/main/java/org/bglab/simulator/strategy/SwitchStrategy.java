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
 * @param <S> the kind of routing state the strategy writes
 */
public interface SwitchStrategy<S extends RoutingState> {

  /** The strategy's name on the command line and in output, e.g. {@code per-user}. */
  String name();

  /** A new routing state for {@code users} users, every one routed to blue. */
  S newRoutingState(int users);

  /**
   * The bytes {@link #newRoutingState(int)} will take for {@code users} users, known before
   * allocating, so that a caller can refuse a size that does not fit in memory. The default is
   * the size of a one-bit-per-user table.
   */
  default long routingBytes(long users) {
    return UserRouteTable.bytesFor(users);
  }

  /**
   * Starts switching every user of {@code state} to {@code target}. Nothing is written until the
   * returned process is stepped.
   */
  SwitchProcess begin(S state, Environment target, OperationCounter counter);
}
