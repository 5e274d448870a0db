package org.bglab.simulator.strategy;

import java.util.function.Function;
import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.metrics.RoutingSummary;
import org.bglab.simulator.model.Environment;
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
 *
 * <p>A switch can also be watched step by step: {@link #beginSwitch(Environment)} returns the
 * process, and {@link #state()} shows the routing as it is between two update calls. Only the
 * strategy's process records into the counter, so the counts read here are what was performed.
 * Not thread-safe.
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

  /**
   * A router for {@code users} users, all on blue, switched by {@code strategy}.
   *
   * @param <S> the kind of routing state the strategy writes
   * @param strategy how the router switches
   * @param users the number of users, at least 1
   * @return a router with a new routing state and a counter at zero
   * @throws IllegalArgumentException when {@code users} is less than 1
   */
  public static <S extends RoutingState> TrafficRouter create(
      SwitchStrategy<S> strategy, int users) {
    S state = strategy.newRoutingState(users);
    OperationCounter counter = new OperationCounter();
    return new TrafficRouter(
        strategy.name(), state, counter, target -> strategy.begin(state, target, counter));
  }

  /**
   * Starts a switch to {@code target}, to be advanced step by step.
   *
   * @param target the environment every user is moved to
   * @return the process; nothing has been written yet
   */
  public SwitchProcess beginSwitch(Environment target) {
    return starter.apply(target);
  }

  /**
   * Switches every user to {@code target} at once and returns the operations it took. There is
   * no clock here: the state is read as written, as a central router would be.
   */
  public OperationCounts switchTo(Environment target) {
    OperationCounts before = counter.snapshot();
    beginSwitch(target).finish();
    return counter.snapshot().minus(before);
  }

  /**
   * Routes one request of {@code user}: one routing read, counted.
   *
   * @param user the user sending the request
   * @return the environment that serves it
   * @throws IndexOutOfBoundsException when {@code user} is not one of the router's users
   */
  public Environment route(int user) {
    counter.recordRoutingRead();
    return state.routeOf(user);
  }

  /**
   * The name of the strategy.
   *
   * @return the strategy's {@link SwitchStrategy#name()}
   */
  public String strategyName() {
    return strategyName;
  }

  /**
   * The routing state, for reading; write to it only through a switch.
   *
   * @return the live routing state, which changes as a switch advances
   */
  public RoutingState state() {
    return state;
  }

  /**
   * Every operation made through this router so far.
   *
   * @return the counts of every switch and request since the router was created
   */
  public OperationCounts counts() {
    return counter.snapshot();
  }

  /**
   * The live counter this router records into, for a caller that reads counts after every
   * update call and would rather not take a snapshot each time (the discrete-event engine does).
   * Only a switch process should record into it; use {@link #counts()} otherwise.
   *
   * @return the counter itself, not a copy
   */
  public OperationCounter counter() {
    return counter;
  }

  /**
   * Where the routing state sends users now, and its size.
   *
   * @return a summary read at this instant
   */
  public RoutingSummary routing() {
    return RoutingSummary.of(state);
  }
}
