package org.bglab.simulator.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bglab.simulator.engine.Simulation;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.junit.jupiter.api.Test;

/**
 * A strategy that is not in the registry, defined here as a course would write one, runs through
 * the engine and a sweep like a built-in one, with its own name, label and settings.
 */
class OwnStrategyTest {

  /** Moves users from the last one down, {@code step} users per call. */
  private record NewestFirst(int step) implements SwitchStrategy<UserRouteTable> {

    @Override
    public String name() {
      return "newest-first";
    }

    @Override
    public String label() {
      return "newest-first (" + step + " per call)";
    }

    @Override
    public int batchSize() {
      return step;
    }

    @Override
    public UserRouteTable newRoutingState(int users) {
      return new UserRouteTable(users);
    }

    @Override
    public SwitchProcess begin(UserRouteTable table, Environment target, OperationCounter counter) {
      return new SwitchProcess() {
        private int end = table.users();

        @Override
        public boolean step() {
          if (isComplete()) {
            return false;
          }
          int from = Math.max(0, end - step);
          counter.recordUpdateCall();
          counter.recordEntriesWritten(table.assignRange(from, end, target));
          end = from;
          return true;
        }

        @Override
        public boolean isComplete() {
          return end == 0;
        }
      };
    }
  }

  @Test
  void theEngineRunsItWithTrafficAndReportsItsNameAndSettings() {
    SimulationReport report = Simulation.run(SimulationConfig.of(new NewestFirst(7), 1_000));
    assertEquals("newest-first", report.strategy());
    assertEquals(7, report.batchSize());
    assertEquals(1_000, report.routing().usersOnGreen());
    assertEquals(143, report.counts().updateCalls(), "ceil(1000 / 7) calls, as made");
  }

  @Test
  void aSweepRunsEachInstanceAsASeriesUnderItsLabel() {
    SweepPlan plan = new SweepPlan(
        List.of(new NewestFirst(10), new NewestFirst(100), new NewestFirst(10)), List.of(10, 1000));
    List<MeasuredSeries> sweep = Sweep.run(plan, EngineTimer.DEFAULTS, SweepProgress.NONE);
    assertEquals(List.of("newest-first (10 per call)", "newest-first (100 per call)"),
        sweep.stream().map(s -> s.series().label()).toList(), "the repeated instance is one");
    SwitchMeasurement last = sweep.get(1).measurements().get(1);
    assertEquals("newest-first", last.strategy());
    assertEquals(100, last.batchSize());
    assertEquals(10, last.counts().updateCalls());
    assertEquals(1000, last.counts().entriesWritten());
    assertEquals(true, last.switchSeconds().isPresent(), "the engine timed it");
  }
}
