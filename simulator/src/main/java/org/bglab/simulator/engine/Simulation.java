package org.bglab.simulator.engine;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.bglab.simulator.kernel.EventQueue;
import org.bglab.simulator.kernel.ProxyNodes;
import org.bglab.simulator.kernel.RandomStreams;
import org.bglab.simulator.kernel.RandomStreams.Purpose;
import org.bglab.simulator.metrics.Capacity;
import org.bglab.simulator.metrics.Exposure;
import org.bglab.simulator.metrics.Placement;
import org.bglab.simulator.metrics.RequestCounts;
import org.bglab.simulator.metrics.RollbackReport;
import org.bglab.simulator.metrics.RoutingSummary;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.metrics.SwitchTiming;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.ProxiedRoutes;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.bglab.simulator.strategy.TrafficRouter;

/**
 * One switch from blue to green on a simulated clock while users keep sending requests: the
 * entry point for using the engine as a library.
 *
 * <pre>{@code
 * SimulationReport report = Simulation.run(
 *     SimulationConfig.of("canary", 1_000_000).withGreenErrorRate(0.3));
 * report.requests().failed();
 * report.rollback().durationSeconds();
 * }</pre>
 *
 * <p>How a run unfolds. Both environments run their replicas from the start. The switch process
 * makes its update calls one after the other, each lasting as long as the cost model prices the
 * operations it recorded; a progressive strategy then bakes before its next call. Where the
 * routing state lives ({@link SimulationConfig#routingModel()}) decides when a write is seen, the
 * same for every strategy: in a central router, every write (route entry, pointer or weight) is
 * seen from the moment its call makes it; copied to proxy nodes, every write lands when its call
 * ends and reaches each node after that node's own seeded lag within the propagation time, in
 * order. The switch is done when its last call has ended and, with proxies, the slowest node has
 * applied it; traffic then goes on for the bake time, watched by the alarm, and stops. Requests arrive as a Poisson process, each from a random user,
 * and are routed by the routing state as it is at that instant (one routing read each); green
 * fails each request it serves with the configured error rate. When the alarm fires, the same
 * strategy switches back to blue, starting as soon as the call in flight (if any) has ended;
 * traffic stops when the rollback is done.
 *
 * <p>The switch is advanced between request events, never through one event per user: the time
 * per event does not depend on the number of users. Every random choice comes from its own stream
 * of {@link RandomStreams}, so the same configuration always gives the same report, and a
 * different request rate leaves the switch's own timing unchanged.
 */
public final class Simulation {


  private final SimulationConfig config;
  private final TrafficPlan plan;
  private final TrafficRouter router;
  private final SwitchDriver driver;
  private final ProxiedRoutes proxies;
  private final EventQueue<TrafficEvent> queue = new EventQueue<>();
  private final SplittableRandom arrivals;
  private final SplittableRandom userChoice;
  private final SplittableRandom errors;
  private final GreenMonitor monitor;
  private final RunWatcher watcher;
  private final long frameNanos;
  private long nextFrame;
  private final TimelineRecorder timeline;
  private final Fleet fleet = new Fleet();
  private final double nanosPerRequest;
  private long sent;
  private long servedByBlue;
  private long servedByGreen;
  private long failed;
  private long routedToGreen;
  private long firstGreenRequest = -1;
  private long triggeredAt = -1;
  private long requestsToGreenBeforeAlarm;

  private Simulation(SimulationConfig config, RunWatcher watcher) {
    this.config = config;
    this.watcher = watcher;
    SwitchStrategy<?> strategy = config.strategy();
    RandomStreams streams = new RandomStreams(config.seed());
    this.router = TrafficRouter.create(strategy, config.users());
    ProxyNodes nodes = config.routingModel() == RoutingModel.CENTRAL ? null
        : ProxyNodes.spread(config.options().proxyNodes(), config.costs().propagation().toNanos(),
            streams.stream(Purpose.PROPAGATION));
    // rehearsed on the run's own state before the proxies watch it, which it leaves all blue
    this.plan = TrafficPlan.of(router, config, nodes == null ? 0 : nodes.maxLag());
    this.proxies = nodes == null ? null : new ProxiedRoutes(router.state(), nodes);
    this.arrivals = streams.stream(Purpose.ARRIVALS);
    this.userChoice = streams.stream(Purpose.USERS);
    this.errors = streams.stream(Purpose.ERRORS);
    this.driver = new SwitchDriver(router, config, queue, proxies, watcher);
    this.monitor = new GreenMonitor(config.monitoring());
    this.timeline = new TimelineRecorder(plan.windowNanos());
    this.nanosPerRequest = plan.rps() > 0 ? 1e9 / plan.rps() : Double.POSITIVE_INFINITY;
    this.frameNanos = Math.max(1, plan.windowNanos() / Math.max(1, watcher.frames()));
    this.nextFrame = watcher == RunWatcher.NONE ? SwitchDriver.NEVER : 0;
  }

  /**
   * Runs the switch described by {@code config} and reports what it measured.
   *
   * @throws IllegalArgumentException when the switch would not fit the simulated clock
   */
  public static SimulationReport run(SimulationConfig config) {
    return run(config, RunWatcher.NONE);
  }

  /**
   * Runs the switch described by {@code config}, telling {@code watcher} how it unfolds, and
   * reports what it measured: the same report as {@link #run(SimulationConfig)}. An exception
   * thrown by the watcher stops the run and leaves this method.
   *
   * @throws IllegalArgumentException when the switch would not fit the simulated clock
   */
  public static SimulationReport run(SimulationConfig config, RunWatcher watcher) {
    return new Simulation(config, watcher).execute();
  }

  private SimulationReport execute() {
    fleet.scale(Environment.BLUE, config.replicasPerEnvironment());
    fleet.scale(Environment.GREEN, config.replicasPerEnvironment());
    if (watcher != RunWatcher.NONE) {
      watcher.begin(new RunOutline(config.strategy().label(), config.users(), plan.windowNanos(),
          frameNanos, plan.fullSwitchNanos(), plan.rps(), plan.rateLowered(),
          proxies == null ? 0 : proxies.nodes().count(), RouteSample.sizeFor(config.users())));
    }
    long first = nextArrival(0);
    if (first >= 0) {
      queue.add(first, TrafficEvent.Arrival.REQUEST);
    }
    driver.start(0);
    runEvents();
    long end = driver.trafficEnd();
    if (watcher != RunWatcher.NONE) {
      framesUpTo(end);
      if (nextFrame - frameNanos != end) {
        watcher.frame(frameAt(end));
      }
      watcher.event(new RunEvent(end, RunEvent.Kind.TRAFFIC_STOPPED, driver.usersOnGreen(end)));
    }
    fleet.scale(driver.rolledBack() ? Environment.GREEN : Environment.BLUE, 0);
    return report();
  }

  /** Takes the events in time order until traffic stops. */
  private void runEvents() {
    while (!queue.isEmpty()) {
      long now = queue.firstTime();
      if (now >= driver.trafficEnd()) {
        break;
      }
      if (now >= nextFrame) {
        framesUpTo(now);
      }
      TrafficEvent event = queue.firstPayload();
      if (event == TrafficEvent.Arrival.REQUEST) {
        arrive(now);
        continue;
      }
      queue.removeFirst();
      if (event instanceof TrafficEvent.NodeChange change) {
        driver.nodeChanged(now, change);
      } else if (driver.isDue(now)) {
        driver.act();
      }
    }
  }

  /** Tells the watcher a frame at each frame instant up to {@code now}, before what happens then. */
  private void framesUpTo(long now) {
    while (nextFrame <= now) {
      watcher.frame(frameAt(nextFrame));
      nextFrame += frameNanos;
    }
  }

  private RunFrame frameAt(long at) {
    int size = RouteSample.sizeFor(config.users());
    BitSet green = new BitSet(size);
    for (int index = 0; index < size; index++) {
      if (driver.peek(RouteSample.user(index, config.users(), size), at) == Environment.GREEN) {
        green.set(index);
      }
    }
    MixedWindow mixed = driver.mixedWindow();
    return new RunFrame(at, driver.phase(), router.counts(), driver.usersOnGreen(at), sent,
        servedByBlue, servedByGreen, failed, mixed.isOpen(), mixed.totalNanos(at),
        new RouteSample(config.users(), size, green), driver.nodeStatuses());
  }

  /** When the request after one at {@code now} arrives; -1 when no more requests come. */
  private long nextArrival(long now) {
    if (sent >= config.maxRequests()) {
      return -1;
    }
    double gap = -Math.log(1.0 - arrivals.nextDouble()) * nanosPerRequest;
    double at = now + Math.floor(gap);
    return at < Long.MAX_VALUE / 2.0 ? (long) at : -1;
  }

  /**
   * The request at the head of the queue arrives at {@code now}. The next request takes its place
   * on the queue first, in one pass ({@link EventQueue#replaceFirst}), before anything this
   * request sets off is scheduled.
   */
  private void arrive(long now) {
    sent++;
    long next = nextArrival(now);
    if (next < 0) {
      queue.removeFirst();
    } else {
      queue.replaceFirst(next, TrafficEvent.Arrival.REQUEST);
    }
    int user = userChoice.nextInt(config.users());
    boolean toGreen = driver.route(user, now) == Environment.GREEN;
    boolean requestFailed = false;
    if (toGreen) {
      routedToGreen++;
      if (triggeredAt < 0) {
        requestsToGreenBeforeAlarm++;
      }
      if (firstGreenRequest < 0) {
        firstGreenRequest = now;
      }
      requestFailed = errors.nextDouble() < config.greenErrorRate();
      if (requestFailed) {
        failed++;
      } else {
        servedByGreen++;
      }
      if (triggeredAt < 0 && monitor.observe(now, requestFailed)) {
        alarm(now);
      }
    } else {
      servedByBlue++;
    }
    timeline.record(now, toGreen, requestFailed);
  }

  /** The alarm fired at {@code now}: green goes back to blue. */
  private void alarm(long now) {
    triggeredAt = now;
    watcher.event(new RunEvent(now, RunEvent.Kind.ALARM, driver.usersOnGreen(now)));
    driver.rollBack(now);
  }

  private SimulationReport report() {
    long end = driver.trafficEnd();
    RollbackReport rollback = triggeredAt < 0 ? null : new RollbackReport(triggeredAt,
        triggeredAt - firstGreenRequest, driver.completedAt() - triggeredAt,
        router.counts().minus(driver.countsBeforeRollback()));
    SwitchTiming time = new SwitchTiming(driver.switchNanos(),
        driver.mixedWindow().totalNanos(end), end, plan.fullSwitchNanos());
    RequestCounts requests = new RequestCounts(sent, servedByBlue, servedByGreen, failed,
        routedToGreen, plan.rps(), config.requestsPerSecond(), plan.rateLowered());
    if (proxies != null) {
      proxies.forgetApplied(end);
    }
    long green = driver.usersOnGreen(end);
    Exposure exposure = new Exposure(triggeredAt < 0 ? green : driver.usersOnGreenAtAlarm(),
        requestsToGreenBeforeAlarm, triggeredAt);
    RoutingSummary routing = new RoutingSummary(
        proxies == null ? router.state().bytes() : proxies.bytes(), config.users(),
        config.users() - green, green);
    Placement placement = proxies == null ? Placement.CENTRAL
        : new Placement(RoutingModel.PROXIES, proxies.nodes().count(), proxies.peakWindowBytes());
    return new SimulationReport(config.strategy().name(), config.users(),
        config.strategy().batchSize(), config.seed(),
        router.counts(), routing, time, requests,
        new Capacity(config.replicasPerEnvironment(), fleet.peak()), rollback,
        timeline.timeline(end), placement, exposure);
  }
}
