package org.bglab.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.engine.RunEvent.Kind;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.Strategies;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A watched run tells its watcher the run as it unfolds and still reports exactly what an
 * unwatched run reports, over random strategies, sizes, rates, green error rates, seeds and both
 * routing models.
 */
class RunWatcherTest {

  private static final int EXAMPLES = 40;

  /** The random runs of {@link SimulationPropertiesTest}, up to 5,000 users. */
  private static Gen<SimulationConfig> configs() {
    return SimulationPropertiesTest.configs(5_000);
  }

  /** Keeps everything it is told. */
  private static final class Recorder implements RunWatcher {
    RunOutline outline;
    final List<RunFrame> frames = new ArrayList<>();
    final List<RunEvent> events = new ArrayList<>();

    @Override
    public void begin(RunOutline outline) {
      this.outline = outline;
    }

    @Override
    public void frame(RunFrame frame) {
      frames.add(frame);
    }

    @Override
    public void event(RunEvent event) {
      events.add(event);
    }

    List<Kind> kinds() {
      return events.stream().map(RunEvent::kind).toList();
    }
  }

  @Test
  void watchingARunChangesNothingItReports() {
    qt().withExamples(EXAMPLES).forAll(configs()).checkAssert(config -> {
      Recorder recorder = new Recorder();
      assertEquals(Simulation.run(config), Simulation.run(config, recorder), config.toString());
    });
  }

  @Test
  void theLastFrameIsTheReportAndFramesOnlyGrow() {
    qt().withExamples(EXAMPLES).forAll(configs()).checkAssert(config -> {
      Recorder recorder = new Recorder();
      SimulationReport report = Simulation.run(config, recorder);
      String what = config.toString();
      List<RunFrame> frames = recorder.frames;
      assertTrue(frames.size() <= 2 + report.time().trafficNanos() / recorder.outline.frameNanos(),
          "frames spaced by the outline: " + what);
      for (int index = 1; index < frames.size(); index++) {
        RunFrame before = frames.get(index - 1);
        RunFrame after = frames.get(index);
        assertTrue(before.atNanos() < after.atNanos(), what);
        assertTrue(before.counts().operations() <= after.counts().operations(), what);
        assertTrue(before.counts().routingReads() <= after.counts().routingReads(), what);
        assertTrue(before.sent() <= after.sent(), what);
        assertTrue(before.mixedNanos() <= after.mixedNanos(), what);
      }
      RunFrame last = frames.get(frames.size() - 1);
      assertEquals(report.time().trafficNanos(), last.atNanos(), what);
      assertEquals(report.counts(), last.counts(), what);
      assertEquals(report.requests().sent(), last.sent(), what);
      assertEquals(report.requests().servedByBlue(), last.servedByBlue(), what);
      assertEquals(report.requests().servedByGreen(), last.servedByGreen(), what);
      assertEquals(report.requests().failed(), last.failed(), what);
      assertEquals(report.routing().usersOnGreen(), last.usersOnGreen(), what);
      assertEquals(report.time().mixedVersionWindowNanos(), last.mixedNanos(), what);
      assertEquals(RouteSample.sizeFor(config.users()), last.sample().size(), what);
      Environment everyone = report.rolledBack() ? Environment.BLUE : Environment.GREEN;
      for (int index = 0; index < last.sample().size(); index++) {
        assertSame(everyone, last.sample().routeOf(index), "sample " + index + ": " + what);
      }
      assertEquals(config.routingModel() == RoutingModel.CENTRAL ? 0
          : config.options().proxyNodes(), last.nodes().size(), what);
    });
  }

  @Test
  void eventsTellTheTurnsOfTheRunInOrder() {
    qt().withExamples(EXAMPLES).forAll(configs()).checkAssert(config -> {
      Recorder recorder = new Recorder();
      SimulationReport report = Simulation.run(config, recorder);
      String what = config + " " + recorder.events;
      List<Kind> kinds = recorder.kinds();
      assertEquals(Kind.SWITCH_STARTED, kinds.get(0), what);
      assertEquals(Kind.TRAFFIC_STOPPED, kinds.get(kinds.size() - 1), what);
      long mixed = 0;
      long openedAt = -1;
      long previous = 0;
      for (RunEvent event : recorder.events) {
        assertTrue(previous <= event.atNanos(), "in time order: " + what);
        previous = event.atNanos();
        if (event.kind() == Kind.MIXED_OPENED) {
          assertEquals(-1, openedAt, what);
          openedAt = event.atNanos();
        } else if (event.kind() == Kind.MIXED_CLOSED) {
          assertTrue(openedAt >= 0, what);
          mixed += event.atNanos() - openedAt;
          openedAt = -1;
        }
      }
      if (openedAt >= 0) {
        mixed += report.time().trafficNanos() - openedAt;
        long green = report.routing().usersOnGreen();
        assertTrue(green > 0 && green < config.users(),
            "a window open at the end is one where users are still split: " + what);
      }
      assertEquals(report.time().mixedVersionWindowNanos(), mixed, what);
      if (report.rolledBack()) {
        int alarm = kinds.indexOf(Kind.ALARM);
        assertEquals(report.rollback().triggeredAtNanos(), recorder.events.get(alarm).atNanos(),
            what);
        assertTrue(alarm < kinds.indexOf(Kind.ROLLBACK_STARTED), what);
        assertTrue(kinds.indexOf(Kind.ROLLBACK_STARTED) < kinds.indexOf(Kind.ROLLBACK_DONE), what);
      } else {
        assertFalse(kinds.contains(Kind.ALARM), what);
        assertEquals(1, kinds.stream().filter(Kind.SWITCH_DONE::equals).count(), what);
        RunEvent done = recorder.events.get(kinds.indexOf(Kind.SWITCH_DONE));
        assertEquals(report.time().switchNanos(), done.atNanos(), what);
        assertEquals(config.users(), done.usersOnGreen(), what);
      }
    });
  }

  @Test
  void whatAWatcherSeesDoesNotGrowWithTheUsers() {
    for (String strategy : Strategies.names()) {
      for (int users : new int[] {10, 1_000_000}) {
        Recorder recorder = new Recorder();
        Simulation.run(SimulationConfig.of(strategy, users).withRequestsPerSecond(100), recorder);
        String what = strategy + " with " + users + " users";
        assertTrue(recorder.frames.size() <= 2 + RunWatcher.NONE.frames(), what);
        assertTrue(recorder.events.size() <= 8, what + ": " + recorder.events);
        assertTrue(recorder.frames.get(0).sample().size() <= RouteSample.MAX_SIZE, what);
      }
    }
  }

  @Test
  void aWatcherThatThrowsStopsTheRun() {
    class GoneAway extends RuntimeException {}
    RunWatcher leaving = new RunWatcher() {
      @Override
      public void frame(RunFrame frame) {
        if (frame.atNanos() > 0) {
          throw new GoneAway();
        }
      }

      @Override
      public void event(RunEvent event) {}
    };
    assertThrows(GoneAway.class,
        () -> Simulation.run(SimulationConfig.of("per-user", 100_000), leaving));
  }
}
