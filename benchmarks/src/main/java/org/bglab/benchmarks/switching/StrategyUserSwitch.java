package org.bglab.benchmarks.switching;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.RoutingState;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * The simulator's own switch: a real strategy writing its real routing state and counting every
 * operation, as {@code TrafficRouter.switchTo} runs it (read as written, as a central router
 * is), without the before/after count snapshots that {@code switchTo} allocates to return what
 * the switch took.
 *
 * @param <S> the routing state the strategy writes
 */
public final class StrategyUserSwitch<S extends RoutingState> implements UserSwitch {

  /** How the switch process is driven. */
  public enum Drive {
    /** {@link SwitchProcess#finish()}: the whole switch in one call, as {@code switchTo} does. */
    FINISH,
    /** {@link SwitchProcess#step()} until done, one update call at a time, as a simulation does. */
    STEPS
  }

  private final SwitchStrategy<S> strategy;
  private final S state;
  private final Drive drive;
  private final OperationCounter counter = new OperationCounter();

  /** Creates the routing state of {@code strategy} for {@code users} users, all on blue. */
  public StrategyUserSwitch(SwitchStrategy<S> strategy, int users, Drive drive) {
    this.strategy = strategy;
    this.state = strategy.newRoutingState(users);
    this.drive = drive;
  }

  @Override
  public void switchTo(Environment target) {
    SwitchProcess process = strategy.begin(state, target, counter);
    if (drive == Drive.FINISH) {
      process.finish();
    } else {
      while (process.step()) {
        // each step records its own operations
      }
    }
  }

  @Override
  public Environment routeOf(int user) {
    return state.routeOf(user);
  }

  /** Every operation counted so far. */
  public OperationCounts counts() {
    return counter.snapshot();
  }
}
