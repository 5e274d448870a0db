package org.bglab.simulator.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.bglab.simulator.model.RoutingModel;
import org.junit.jupiter.api.Test;

class SweepTest {

  private static final SweepPlan PLAN = SweepPlan.of(
      List.of("per-user", "batched", "pointer-swap"), List.of(1000, 10, 100, 10), List.of(10, 7));

  @Test
  void runsOneSeriesPerStrategyAndOnePerBatchSize() {
    List<MeasuredSeries> series = Sweep.run(PLAN, SwitchTimer.NONE, SweepProgress.NONE);
    assertEquals(List.of("per-user", "batched (b=10)", "batched (b=7)", "pointer-swap"),
        series.stream().map(MeasuredSeries::label).toList());
    for (MeasuredSeries s : series) {
      assertEquals(List.of(10, 100, 1000),
          s.measurements().stream().map(SwitchMeasurement::users).toList(), s.label());
    }
  }

  @Test
  void everyMetricIsReadFromTheSwitchItself() {
    List<MeasuredSeries> series = Sweep.run(PLAN, SwitchTimer.NONE, SweepProgress.NONE);
    MeasuredSeries batched7 = series.get(2);
    // n = 100, b = 7: ceil(100/7) = 15 calls, 100 entries, a 2-word table
    List<Observation> calls = batched7.observations(SweepMetric.CALLS);
    assertEquals(new Observation(100, 15), calls.get(1));
    assertEquals(new Observation(100, 100), batched7.observations(SweepMetric.WRITES).get(1));
    assertEquals(new Observation(100, 16), batched7.observations(SweepMetric.MEMORY).get(1));
    MeasuredSeries pointer = series.get(3);
    assertEquals(List.of(1.0, 1.0, 1.0), values(pointer, SweepMetric.OPERATIONS));
    assertEquals(List.of(0.0, 0.0, 0.0), values(pointer, SweepMetric.WRITES));
    assertEquals(List.of(1.0, 1.0, 1.0), values(pointer, SweepMetric.POINTER_WRITES));
    assertEquals(List.of(10.0, 100.0, 1000.0), values(series.get(0), SweepMetric.CALLS));
    assertTrue(series.get(0).observations(SweepMetric.TIME).isEmpty(), "no timing, no time");
    assertTrue(series.get(0).fit(SweepMetric.TIME).isEmpty());
  }

  @Test
  void fitsTheGrowthOfEachSeries() {
    List<MeasuredSeries> series = Sweep.run(
        SweepPlan.of(List.of("per-user", "batched", "pointer-swap"),
            SizeSeries.oneTwoFive(10, 100_000), List.of(100)),
        SwitchTimer.NONE, SweepProgress.NONE);
    assertEquals(ComplexityClass.LINEAR,
        series.get(0).fit(SweepMetric.OPERATIONS).orElseThrow().complexityClass());
    assertEquals(ComplexityClass.LINEAR,
        series.get(1).fit(SweepMetric.CALLS).orElseThrow().complexityClass());
    assertEquals(ComplexityClass.CONSTANT,
        series.get(2).fit(SweepMetric.OPERATIONS).orElseThrow().complexityClass());
    assertEquals(ComplexityClass.CONSTANT,
        series.get(2).fit(SweepMetric.MEMORY).orElseThrow().complexityClass());
  }

  @Test
  void aTimerIsAskedOncePerSwitchWithTheSeriesOptionsAndItsSecondsKept() {
    List<String> asked = new ArrayList<>();
    SwitchTimer timer = (strategy, users) -> {
      asked.add(strategy.name() + "/b" + strategy.batchSize() + "@" + users);
      return OptionalDouble.of(users / 8.0);
    };
    List<MeasuredSeries> series = Sweep.run(
        SweepPlan.of(List.of("batched"), List.of(8, 16), List.of(3)), timer, SweepProgress.NONE);
    assertEquals(List.of("batched/b3@8", "batched/b3@16"), asked);
    assertEquals(List.of(new Observation(8, 1), new Observation(16, 2)),
        series.get(0).observations(SweepMetric.TIME));
  }

  @Test
  void theEngineTimesEachSwitchOnItsSimulatedClock() {
    List<MeasuredSeries> series = Sweep.run(
        SweepPlan.of(List.of("per-user", "batched", "pointer-swap"),
            SizeSeries.oneTwoFive(10, 100_000), List.of(100)),
        EngineTimer.DEFAULTS, SweepProgress.NONE);
    // per-user at the default costs: one 1 ms call and one 1 us write per user, then the
    // slowest proxy node's lag of 1 s; a central router has no lag
    Observation perUser = series.get(0).observations(SweepMetric.TIME).get(3);
    assertEquals(100, perUser.n());
    assertEquals(1 + 100 * 0.001001, perUser.value(), 1e-9);
    SweepPlan perUserOnly = SweepPlan.of(List.of("per-user"), List.of(100), List.of(100));
    Observation central = Sweep.run(perUserOnly,
        EngineTimer.DEFAULTS.withRoutingModel(RoutingModel.CENTRAL), SweepProgress.NONE)
        .get(0).observations(SweepMetric.TIME).get(0);
    assertEquals(100 * 0.001001, central.value(), 1e-9);
    assertEquals(ComplexityClass.LINEAR,
        series.get(0).fit(SweepMetric.TIME).orElseThrow().complexityClass());
    assertEquals(ComplexityClass.LINEAR,
        series.get(1).fit(SweepMetric.TIME).orElseThrow().complexityClass());
    List<Observation> pointer = series.get(2).observations(SweepMetric.TIME);
    assertTrue(pointer.get(0).value() > 0.002, "a call, a write, then propagation: " + pointer);
    assertEquals(ComplexityClass.CONSTANT,
        series.get(2).fit(SweepMetric.TIME).orElseThrow().complexityClass());
  }

  @Test
  void reportsProgressInUsersSwitchedUpToTheTotal() {
    List<Long> done = new ArrayList<>();
    long[] total = new long[1];
    Sweep.run(PLAN, SwitchTimer.NONE, (m, d, t) -> {
      done.add(d);
      total[0] = t;
    });
    assertEquals(12, done.size());
    assertEquals(4 * 1110L, total[0]);
    assertEquals(total[0], done.get(done.size() - 1));
  }

  @Test
  void theSamePlanGivesTheSameResults() {
    assertEquals(Sweep.run(PLAN, SwitchTimer.NONE, SweepProgress.NONE),
        Sweep.run(PLAN, SwitchTimer.NONE, SweepProgress.NONE));
  }

  @Test
  void refusesAnUnknownStrategyOrAnEmptyPlan() {
    assertThrows(IllegalArgumentException.class,
        () -> SweepPlan.of(List.of("teleport"), List.of(10), List.of(1)));
    assertThrows(IllegalArgumentException.class,
        () -> SweepPlan.of(List.of("per-user"), List.of(), List.of(1)));
    assertThrows(IllegalArgumentException.class,
        () -> SweepPlan.of(List.of("per-user"), List.of(10), List.of(0)));
  }

  private static List<Double> values(MeasuredSeries series, SweepMetric metric) {
    return series.observations(metric).stream().map(Observation::value).toList();
  }
}
