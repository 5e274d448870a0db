package org.bglab.classroom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bglab.output.JsonOutput;
import org.bglab.output.SimulationJson;
import org.bglab.course.StrategyFailure;
import org.bglab.simulator.engine.RunEvent;
import org.bglab.simulator.engine.RunFrame;
import org.bglab.simulator.engine.RunOutline;
import org.bglab.simulator.engine.RunWatcher;
import org.bglab.simulator.engine.Simulation;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.metrics.SimulationReport;

/**
 * The Switch view's runs, streamed to the pages that watch them. A run is named by its
 * parameters: pages that ask for the same run while it goes on watch the one run (the same
 * arguments give the same run, so there is nothing to gain from a second), each sent every
 * message from the first. A run ends with the report of {@code bglab simulate --format json}
 * ({@link SimulationJson}) for the same arguments, or with {@code failed} when a course
 * strategy threw or did not return in time; the server goes on serving.
 */
final class LiveRuns {

  private final RunSlots slots;
  private final StrategyCatalogue strategies;
  private final Map<RunParameters, LiveRun> running = new ConcurrentHashMap<>();
  private final AtomicInteger abandoned = new AtomicInteger();

  LiveRuns(RunSlots slots, StrategyCatalogue strategies) {
    this.slots = slots;
    this.strategies = strategies;
  }

  /** How many runs stopped because every page watching them had gone. */
  int abandoned() {
    return abandoned.get();
  }

  /** Answers {@code /api/switch}: the events of the run the query names. */
  void stream(HttpExchange exchange) throws IOException {
    RunParameters parameters = RunParameters.read(Query.of(exchange.getRequestURI()),
        strategies.names());
    if ("HEAD".equals(exchange.getRequestMethod())) {
      // a page asking why its stream failed: the parameters are fine, nothing is run
      Replies.json(exchange, 200, JsonOutput.object());
      return;
    }
    LiveRun run = join(parameters);
    try (EventStream events = new EventStream(exchange)) {
      for (int index = 0; ; index++) {
        LiveRun.Message message = run.await(index);
        if (message == null) {
          break;
        }
        events.sendRaw(message.event(), message.json());
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    } finally {
      run.leave();
    }
  }

  /** The run of {@code parameters} going on, joined, or a new one started in a free slot. */
  private LiveRun join(RunParameters parameters) {
    while (true) {
      LiveRun run = running.get(parameters);
      if (run != null && run.join()) {
        return run;
      }
      LiveRun fresh = new LiveRun();
      fresh.join();
      if (run == null ? running.putIfAbsent(parameters, fresh) == null
          : running.replace(parameters, run, fresh)) {
        try {
          slots.start(() -> execute(parameters, fresh));
        } catch (RunSlots.Busy busy) {
          running.remove(parameters, fresh);
          throw busy;
        }
        return fresh;
      }
    }
  }

  private Void execute(RunParameters parameters, LiveRun run) {
    try (StrategyCatalogue.Loaded loaded = strategies.load()) {
      SimulationReport report = loaded.run(() -> {
        SimulationConfig config = parameters.config(loaded);
        return Simulation.run(config, new Watcher(parameters, run));
      });
      run.publish("report", SimulationJson.of(report));
    } catch (LiveRun.Abandoned gone) {
      // every page has gone: the run stopped where it was
      abandoned.incrementAndGet();
    } catch (StrategyFailure failure) {
      publishQuietly(run, Replies.error(failure.getMessage(), "strategy",
          "a strategy whose every call returns within 5 s"));
    } catch (RuntimeException ex) {
      publishQuietly(run, Replies.error("internal error (a bglab defect): " + ex.getMessage(),
          null, null));
    } finally {
      running.remove(parameters, run);
      run.finish();
    }
    return null;
  }

  private static void publishQuietly(LiveRun run, ObjectNode error) {
    try {
      run.publish("failed", error);
    } catch (LiveRun.Abandoned gone) {
      // no one is left to tell
    }
  }

  /**
   * Publishes what the engine tells of the run. A frame, an event or the outline published when
   * no page watches any more throws {@link LiveRun.Abandoned}, which stops the run.
   */
  private final class Watcher implements RunWatcher {
    private final RunParameters parameters;
    private final LiveRun run;

    Watcher(RunParameters parameters, LiveRun run) {
      this.parameters = parameters;
      this.run = run;
    }

    @Override
    public int frames() {
      return LiveRun.FRAMES_PER_RUN;
    }

    @Override
    public void begin(RunOutline outline) {
      ObjectNode start = FrameJson.outline(outline);
      start.put("strategy", parameters.strategy());
      start.put("label", outline.strategy());
      start.put("command", command(parameters));
      run.publish("start", start);
    }

    @Override
    public void frame(RunFrame frame) {
      run.publish("frame", FrameJson.frame(frame));
    }

    @Override
    public void event(RunEvent event) {
      run.publish("event", FrameJson.event(event));
    }
  }

  /** The command line that prints the same report. */
  private String command(RunParameters parameters) {
    List<String> args = new ArrayList<>(parameters.simulateArgs());
    if (strategies.courseNames().contains(parameters.strategy())) {
      args.addAll(strategies.courseArgs(parameters.strategy()));
    } else {
      args.addAll(List.of("--strategy", parameters.strategy()));
    }
    args.addAll(List.of("--format", "json"));
    return "bglab " + String.join(" ", args);
  }
}
