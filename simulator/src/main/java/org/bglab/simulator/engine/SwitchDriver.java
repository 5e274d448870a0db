package org.bglab.simulator.engine;

import java.util.SplittableRandom;
import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.Propagating;
import org.bglab.simulator.model.RoutingState;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.TrafficRouter;

/**
 * Drives the switch process (and the rollback, if one is triggered) along the simulated clock:
 * one step per action, each lasting what the cost model prices the operations it recorded,
 * followed by the step's bake time. Pointer and weight writes are handed to the proxy nodes as
 * sync events on the shared queue. It also tells when traffic must stop.
 */
final class SwitchDriver {

  /** A time that never comes. */
  static final long NEVER = Long.MAX_VALUE;

  private enum Phase { STEPPING, LAST_CALL, SYNCING, DONE }

  private final TrafficRouter router;
  private final RoutingState state;
  private final Propagating proxies;
  private final OperationCounter counter;
  private final CostModel costs;
  private final long bakeNanos;
  private final EventQueue queue;
  private final SplittableRandom propagation;
  private final MixedWindow mixed;
  private SwitchProcess process;
  private Phase phase = Phase.DONE;
  private long nextAction = NEVER;
  private long callEnd;
  private long trafficEnd = NEVER;
  private boolean rollbackDue;
  private boolean rollingBack;
  private long switchNanos = -1;
  private long completedAt = -1;
  private OperationCounts beforeRollback = OperationCounts.ZERO;

  SwitchDriver(TrafficRouter router, SimulationConfig config, EventQueue queue,
      SplittableRandom propagation) {
    this.router = router;
    this.state = router.state();
    this.proxies = state instanceof Propagating propagating ? propagating : null;
    this.counter = router.counter();
    this.costs = config.costs();
    this.bakeNanos = config.options().bakeTime().toNanos();
    this.queue = queue;
    this.propagation = propagation;
    this.mixed = new MixedWindow(state.users());
  }

  /** Begins switching every user to green at {@code now}. */
  void start(long now) {
    process = router.beginSwitch(Environment.GREEN);
    phase = Phase.STEPPING;
    nextAction = now;
  }

  /** When the switch acts next, {@link #NEVER} when it waits for proxy nodes or is done. */
  long nextAction() {
    return nextAction;
  }

  /** Takes the action due at {@link #nextAction()}. */
  void act() {
    long now = nextAction;
    if (phase == Phase.LAST_CALL) {
      phase = Phase.SYNCING;
      nextAction = NEVER;
      completeIfSynced(now);
      return;
    }
    if (rollbackDue) {
      rollbackDue = false;
      rollingBack = true;
      switchNanos = switchNanos < 0 ? now : switchNanos;
      beforeRollback = router.counts();
      process = router.beginSwitch(Environment.BLUE);
    }
    long calls = counter.updateCalls();
    long entries = counter.entriesWritten();
    long pointers = counter.pointerWrites();
    if (!process.step() && !process.isComplete()) {
      throw new IllegalStateException("a switch process made no call but is not complete");
    }
    callEnd = now + costs.nanosFor(counter.updateCalls() - calls,
        counter.entriesWritten() - entries, counter.pointerWrites() - pointers);
    mixed.observe(now, state.usersOn(Environment.GREEN));
    if (proxies != null && !proxies.inSync()) {
      long[] delays = Propagation.delays(propagation, proxies.nodes(), costs.propagation().toNanos());
      for (int node = 0; node < delays.length; node++) {
        queue.add(callEnd + delays[node], node);
      }
    }
    if (process.isComplete()) {
      phase = Phase.LAST_CALL;
      nextAction = callEnd;
    } else {
      nextAction = callEnd + process.bakeAfterStep().toNanos();
    }
  }

  /** Proxy {@code node} picks up the control plane's current value at {@code now}. */
  void sync(long now, int node) {
    if (proxies.syncNode(node)) {
      mixed.observe(now, state.usersOn(Environment.GREEN));
    }
    if (phase == Phase.SYNCING) {
      completeIfSynced(now);
    }
  }

  private void completeIfSynced(long now) {
    if (proxies != null && !proxies.inSync()) {
      return;
    }
    phase = Phase.DONE;
    completedAt = now;
    if (rollingBack) {
      trafficEnd = now;
    } else {
      switchNanos = now;
      trafficEnd = now + bakeNanos;
    }
  }

  /**
   * The alarm fired at {@code now}: switch back to blue with the same strategy, as soon as the
   * call in flight, if any, has ended. Traffic goes on until the rollback is done.
   */
  void rollBack(long now) {
    rollbackDue = true;
    trafficEnd = NEVER;
    phase = Phase.STEPPING;
    nextAction = Math.max(now, callEnd);
  }

  /** When requests stop arriving; {@link #NEVER} while the switch or rollback is under way. */
  long trafficEnd() {
    return trafficEnd;
  }

  /** Whether a rollback was started. */
  boolean rolledBack() {
    return rollingBack;
  }

  /** When the switch was done or, if a rollback cut it short, when the rollback began. */
  long switchNanos() {
    return Math.max(0, switchNanos);
  }

  /** When the switch, or the rollback after it, was complete. */
  long completedAt() {
    return completedAt;
  }

  /** The counts when the rollback began. */
  OperationCounts countsBeforeRollback() {
    return beforeRollback;
  }

  /** The mixed-version window measured so far. */
  MixedWindow mixedWindow() {
    return mixed;
  }
}
