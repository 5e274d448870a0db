package org.bglab.course;

import java.time.Duration;
import java.util.function.Supplier;
import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.RoutingState;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * A course strategy seen through a {@link StrategyGuard}: every call into it is timed by the
 * guard, and a call that throws becomes a {@link StrategyFailure} naming the strategy and the
 * call. Its name, label and batch size are read once, when it is loaded.
 *
 * @param <S> the kind of routing state the strategy writes
 */
final class GuardedStrategy<S extends RoutingState> implements SwitchStrategy<S> {

  private final SwitchStrategy<S> strategy;
  private final StrategyGuard guard;
  private final String name;
  private final String label;
  private final int batchSize;

  private GuardedStrategy(SwitchStrategy<S> strategy, StrategyGuard guard, String className) {
    this.strategy = strategy;
    this.guard = guard;
    this.name = call(guard, className, "name()", strategy::name);
    if (name == null || name.isBlank()) {
      throw new StrategyFailure("strategy " + className + " has no name: name() returned "
          + (name == null ? "null" : "a blank string"));
    }
    this.label = call(guard, name, "label()", strategy::label);
    this.batchSize = call(guard, name, "batchSize()", strategy::batchSize);
  }

  /** {@code strategy}, guarded by {@code guard}; {@code className} names it until it has a name. */
  static <S extends RoutingState> GuardedStrategy<S> of(
      SwitchStrategy<S> strategy, StrategyGuard guard, String className) {
    return new GuardedStrategy<>(strategy, guard, className);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String label() {
    return label == null ? name : label;
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  @Override
  public S newRoutingState(int users) {
    S state = call(guard, name, "newRoutingState(" + users + ")",
        () -> strategy.newRoutingState(users));
    if (state == null) {
      throw new StrategyFailure("strategy '" + name + "' failed in newRoutingState(" + users
          + "): it returned null");
    }
    return state;
  }

  @Override
  public long routingBytes(long users) {
    return call(guard, name, "routingBytes(" + users + ")", () -> strategy.routingBytes(users));
  }

  @Override
  public SwitchProcess begin(S state, Environment target, OperationCounter counter) {
    SwitchProcess process = call(guard, name, "begin(" + target.label() + ")",
        () -> strategy.begin(state, target, counter));
    if (process == null) {
      throw new StrategyFailure("strategy '" + name + "' failed in begin(): it returned null");
    }
    return new Process(process, call(guard, name, "users() of its routing state", state::users));
  }

  /** Runs one call into the strategy under the guard's watch. */
  static <T> T call(StrategyGuard guard, String who, String what, Supplier<T> body) {
    guard.enter(who, what);
    try {
      return body.get();
    } catch (StrategyFailure | BadStrategyClass ex) {
      throw ex;
    } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError ex) {
      throw new StrategyFailure("strategy '" + who + "' failed in " + what + ": " + ex);
    } finally {
      guard.leave();
    }
  }

  /**
   * The strategy's process, guarded, with a bound on its calls: a switch of n users that is still
   * not complete after {@code 10 n + 100} update calls will never finish, and is stopped.
   */
  private final class Process implements SwitchProcess {
    private final SwitchProcess process;
    private final long maxSteps;
    private long steps;

    Process(SwitchProcess process, long users) {
      this.process = process;
      this.maxSteps = 10 * users + 100;
    }

    @Override
    public boolean step() {
      boolean stepped = call(guard, name, "step()", process::step);
      if (stepped && ++steps > maxSteps) {
        throw new StrategyFailure("strategy '" + name + "' failed in step(): still not complete"
            + " after " + maxSteps + " calls");
      }
      return stepped;
    }

    @Override
    public Duration bakeAfterStep() {
      Duration bake = call(guard, name, "bakeAfterStep()", process::bakeAfterStep);
      if (bake == null || bake.isNegative()) {
        throw new StrategyFailure("strategy '" + name + "' failed in bakeAfterStep(): it returned "
            + bake);
      }
      return bake;
    }

    @Override
    public boolean isComplete() {
      return call(guard, name, "isComplete()", process::isComplete);
    }
  }
}
