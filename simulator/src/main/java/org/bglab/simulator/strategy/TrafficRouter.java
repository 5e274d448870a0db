package org.bglab.simulator.strategy;

import java.util.function.Function;
import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.metrics.RoutingSummary;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.Propagating;
import org.bglab.simulator.model.RoutingState;

/**
 * A router for {@code n} users: a strategy, the routing state it writes, and the counter of every
 * operation made through it. This is the entry point for using the simulator as a library.
 *
 * <pre>{@code
 * TrafficRouter router = TrafficRouter.create(new BatchedSwitch(100), 1001);
 * OperationCounts counts = router.switchTo(Environment.GREEN);
 * counts.updateCalls();     // 11
 * counts.entriesWritten();  // 1001
 * }</pre>
 */
public final class TrafficRouter {

  private final String strategyName;
  private final RoutingState state;
  private final OperationCounter counter;
  private final Function<Environment, SwitchProcess> starter;

  private TrafficRouter(
      String strategyName,
      RoutingState state,
      OperationCounter counter,
      Function<Environment, SwitchProcess> starter) {
    this.strategyName = strategyName;
    this.state = state;
    this.counter = counter;
    this.starter = starter;
  }

  /** A router for {@code users} users, all on blue, switched by {@code strategy}. */
  public static <S extends RoutingState> TrafficRouter create(
      SwitchStrategy<S> strategy, int users) {
    S state = strategy.newRoutingState(users);
    OperationCounter counter = new OperationCounter();
    return new TrafficRouter(
        strategy.name(), state, counter, target -> strategy.begin(state, target, counter));
  }

  /** Starts a switch to {@code target}, to be advanced step by step. */
  public SwitchProcess beginSwitch(Environment target) {
    return starter.apply(target);
  }

  /**
   * Switches every user to {@code target} at once and returns the operations it took. A write
   * that reaches users through proxy nodes reaches all of them at once here: there is no clock.
   */
  public OperationCounts switchTo(Environment target) {
    OperationCounts before = counter.snapshot();
    beginSwitch(target).finish();
    if (state instanceof Propagating propagating) {
      propagating.syncAll();
    }
    return counter.snapshot().minus(before);
  }

  /** Routes one request of {@code user}: one routing read, counted. */
  public Environment route(int user) {
    counter.recordRoutingRead();
    return state.routeOf(user);
  }

  /** The name of the strategy. */
  public String strategyName() {
    return strategyName;
  }

  /** The routing state, for reading. */
  public RoutingState state() {
    return state;
  }

  /** Every operation made through this router so far. */
  public OperationCounts counts() {
    return counter.snapshot();
  }

  /** The counter this router records into. */
  public OperationCounter counter() {
    return counter;
  }

  /** Where the routing state sends users now, and its size. */
  public RoutingSummary routing() {
    return RoutingSummary.of(state);
  }
}
