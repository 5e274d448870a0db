package org.bglab.simulator.engine;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.ProxiedRoutes;
import org.bglab.simulator.kernel.EventQueue;
import org.bglab.simulator.model.ProxiedRoutes.NodeStatus;
import org.bglab.simulator.model.RoutingState;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.TrafficRouter;

/**
 * Drives the switch process (and the rollback, if one is triggered) along the simulated clock:
 * one step per action, each lasting what the cost model prices the operations it recorded,
 * followed by the step's bake time. It reads routes where the routing state lives: centrally,
 * where every write is visible the moment its call makes it, or through the proxy nodes, where
 * every write of the call lands when the call ends and reaches each node after its lag; the
 * nodes' changes come back as events on the shared queue. Its own actions are events on that queue
 * too ({@link TrafficEvent.SwitchStep}), ahead of whatever else happens at their instant. It also
 * tells when traffic must stop, and tells a {@link RunWatcher} how the switch turns.
 */
final class SwitchDriver {

  /** A time that never comes. */
  static final long NEVER = Long.MAX_VALUE;

  private enum Phase { STEPPING, LAST_CALL, SYNCING, DONE }

  private final TrafficRouter router;
  private final RoutingState state;
  private final ProxiedRoutes proxies;
  private final OperationCounter counter;
  private final CostModel costs;
  private final long bakeNanos;
  private final EventQueue<TrafficEvent> queue;
  private final TrafficEvent.NodeChange[] changes;
  private final MixedWindow mixed;
  private final RunWatcher watcher;
  private SwitchProcess process;
  private Phase phase = Phase.DONE;
  private long nextAction = NEVER;
  private long callEnd;
  private long trafficEnd = NEVER;
  private boolean rollbackDue;
  private boolean rollingBack;
  private long switchNanos = -1;
  private long completedAt = -1;
  private final byte[] views;
  private int nodesWithGreen;
  private int nodesWithBlue;
  private long exposed = -1;
  private OperationCounts beforeRollback = OperationCounts.ZERO;

  /**
   * @param proxies the proxy nodes the state is read through, or {@code null} for a central
   *     router
   */
  SwitchDriver(TrafficRouter router, SimulationConfig config, EventQueue<TrafficEvent> queue,
      ProxiedRoutes proxies, RunWatcher watcher) {
    this.router = router;
    this.state = router.state();
    this.proxies = proxies;
    this.counter = router.counter();
    this.costs = config.costs();
    this.bakeNanos = config.options().bakeTime().toNanos();
    this.queue = queue;
    this.mixed = new MixedWindow();
    this.watcher = watcher;
    int nodes = proxies == null ? 0 : proxies.nodes().count();
    this.views = new byte[nodes];
    this.changes = new TrafficEvent.NodeChange[nodes * STATUSES.length];
    seeControlPlane();
  }

  /**
   * Takes every node's view to be the control plane's: true before the first write and whenever
   * every node has applied every write.
   */
  private void seeControlPlane() {
    nodesWithGreen = 0;
    nodesWithBlue = 0;
    for (int node = 0; node < views.length; node++) {
      NodeStatus status = proxies.statusOf(node);
      views[node] = (byte) status.ordinal();
      nodesWithGreen += status.someGreen() ? 1 : 0;
      nodesWithBlue += status.someBlue() ? 1 : 0;
    }
  }

  /** The event of a node's change, made once per node and status so scheduling allocates nothing. */
  private TrafficEvent.NodeChange change(int node, NodeStatus status) {
    int index = node * STATUSES.length + status.ordinal();
    TrafficEvent.NodeChange change = changes[index];
    if (change == null) {
      change = new TrafficEvent.NodeChange(node, status);
      changes[index] = change;
    }
    return change;
  }

  private static final NodeStatus[] STATUSES = NodeStatus.values();

  /** Begins switching every user to green at {@code now}. */
  void start(long now) {
    process = router.beginSwitch(Environment.GREEN);
    phase = Phase.STEPPING;
    watcher.event(new RunEvent(now, RunEvent.Kind.SWITCH_STARTED, usersOnGreen(now)));
    schedule(now);
  }

  /** Makes {@code at} the time of the next action and puts it on the queue. */
  private void schedule(long at) {
    nextAction = at;
    if (at != NEVER) {
      queue.addFirstAtItsTime(at, TrafficEvent.SwitchStep.DUE);
    }
  }

  /**
   * Whether a {@link TrafficEvent.SwitchStep} leaving the queue at {@code now} is the action due,
   * rather than one the driver rescheduled since.
   */
  boolean isDue(long now) {
    return now == nextAction;
  }

  /** Takes the action due at {@code now}, which {@link #isDue} said it is. */
  void act() {
    long now = nextAction;
    if (phase == Phase.LAST_CALL && proxies != null && !proxies.caughtUp(now)) {
      phase = Phase.SYNCING;
      schedule(proxies.caughtUpAt());
      return;
    }
    if (phase == Phase.LAST_CALL || phase == Phase.SYNCING) {
      complete(now);
      return;
    }
    if (rollbackDue) {
      rollbackDue = false;
      rollingBack = true;
      switchNanos = switchNanos < 0 ? now : switchNanos;
      beforeRollback = router.counts();
      process = router.beginSwitch(Environment.BLUE);
      watcher.event(new RunEvent(now, RunEvent.Kind.ROLLBACK_STARTED, usersOnGreen(now)));
    }
    long calls = counter.updateCalls();
    long entries = counter.entriesWritten();
    long pointers = counter.pointerWrites();
    if (!process.step() && !process.isComplete()) {
      throw new IllegalStateException("a switch process made no call but is not complete");
    }
    callEnd = now + costs.nanosFor(counter.updateCalls() - calls,
        counter.entriesWritten() - entries, counter.pointerWrites() - pointers);
    if (proxies == null) {
      long green = state.usersOn(Environment.GREEN);
      observeMixed(now, green > 0 && green < state.users());
    } else {
      proxies.forgetApplied(now);
      proxies.publish(callEnd, (node, at, status) -> queue.add(at, change(node, status)));
    }
    if (process.isComplete()) {
      phase = Phase.LAST_CALL;
      schedule(callEnd);
    } else {
      schedule(callEnd + process.bakeAfterStep().toNanos());
    }
  }

  /**
   * A proxy node applied writes at {@code now} that changed where its users go (the event the
   * driver scheduled): between all blue, all green and mixed.
   */
  void nodeChanged(long now, TrafficEvent.NodeChange change) {
    proxies.forgetApplied(now);
    int node = change.node();
    NodeStatus before = STATUSES[views[node]];
    NodeStatus after = change.status();
    views[node] = (byte) after.ordinal();
    nodesWithGreen += (after.someGreen() ? 1 : 0) - (before.someGreen() ? 1 : 0);
    nodesWithBlue += (after.someBlue() ? 1 : 0) - (before.someBlue() ? 1 : 0);
    observeMixed(now, nodesWithGreen > 0 && nodesWithBlue > 0);
  }

  private void observeMixed(long now, boolean isMixed) {
    if (mixed.observe(now, isMixed)) {
      watcher.event(new RunEvent(now,
          isMixed ? RunEvent.Kind.MIXED_OPENED : RunEvent.Kind.MIXED_CLOSED, usersOnGreen(now)));
    }
  }

  /** Where {@code user}'s request at {@code now} goes: one routing read, counted. */
  Environment route(int user, long now) {
    if (proxies == null) {
      return router.route(user);
    }
    counter.recordRoutingRead();
    return proxies.routeOf(user, now);
  }

  /**
   * Where {@code user}'s requests go at {@code now}, as a watcher sees it: the same route as
   * {@link #route}, not counted as a routing read.
   */
  Environment peek(int user, long now) {
    return proxies == null ? state.routeOf(user) : proxies.routeOf(user, now);
  }

  /** Where the users behind each proxy node go; empty for a central router. */
  List<NodeStatus> nodeStatuses() {
    List<NodeStatus> statuses = new ArrayList<>(views.length);
    for (byte view : views) {
      statuses.add(STATUSES[view]);
    }
    return statuses;
  }

  /** What the switch is doing now. */
  RunPhase phase() {
    if (phase != Phase.DONE) {
      return rollingBack ? RunPhase.ROLLING_BACK : RunPhase.SWITCHING;
    }
    return trafficEnd != NEVER && !rollingBack ? RunPhase.BAKING : RunPhase.DONE;
  }

  /** How many users' requests go to green at {@code now}. */
  long usersOnGreen(long now) {
    return proxies == null ? state.usersOn(Environment.GREEN)
        : proxies.usersOn(Environment.GREEN, now);
  }

  private void complete(long now) {
    if (proxies != null) {
      // every node has applied every write by now, even one whose change event, due at this
      // same instant, has not been taken yet: traffic may stop before it is
      seeControlPlane();
      observeMixed(now, nodesWithGreen > 0 && nodesWithBlue > 0);
    }
    phase = Phase.DONE;
    nextAction = NEVER;
    completedAt = now;
    if (rollingBack) {
      trafficEnd = now;
    } else {
      switchNanos = now;
      trafficEnd = now + bakeNanos;
    }
    watcher.event(new RunEvent(now,
        rollingBack ? RunEvent.Kind.ROLLBACK_DONE : RunEvent.Kind.SWITCH_DONE, usersOnGreen(now)));
  }

  /**
   * The alarm fired at {@code now}: switch back to blue with the same strategy, as soon as the
   * call in flight, if any, has ended. Traffic goes on until the rollback is done.
   */
  void rollBack(long now) {
    exposed = usersOnGreen(now);
    rollbackDue = true;
    trafficEnd = NEVER;
    phase = Phase.STEPPING;
    schedule(Math.max(now, callEnd));
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

  /** The users routed to green when the alarm fired, -1 when it has not. */
  long usersOnGreenAtAlarm() {
    return exposed;
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
