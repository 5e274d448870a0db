package org.bglab.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bglab.simulator.engine.Simulation;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.model.RoutingModel;
import org.junit.jupiter.api.Test;

/** The catalogue of measures: unique names, and values of the type each unit promises. */
class MeasureTest {

  private static final Map<Unit, Class<?>> TYPES = Map.of(Unit.NAME, String.class,
      Unit.NUMBER, Long.class, Unit.COUNT, Long.class, Unit.BYTES, Long.class,
      Unit.NANOS, Long.class, Unit.PER_SECOND, Double.class, Unit.SHARE, Double.class,
      Unit.RATIO, Double.class, Unit.FLAG, Boolean.class);

  @Test
  void everyMeasureIsWrittenSomewhereUnderANameNoOtherHas() {
    List<Measure> all = List.of(Measure.values());
    assertTrue(all.stream().allMatch(m -> m.inJson() || m.inCsv()));
    List<String> paths = all.stream().filter(Measure::inJson).map(Measure::jsonPath).toList();
    List<String> columns = all.stream().filter(Measure::inCsv).map(Measure::csvColumn).toList();
    assertEquals(paths.size(), paths.stream().distinct().count(), paths.toString());
    assertEquals(columns.size(), columns.stream().distinct().count(), columns.toString());
    assertEquals("time.switchSeconds", Measure.SWITCH_TIME.jsonPath());
    assertEquals("rollback.counts.updateCalls", Measure.ROLLBACK_UPDATE_CALLS.jsonPath());
    assertEquals("routingBytes", Measure.ROUTING_BYTES.csvColumn());
    assertFalse(Measure.TRAFFIC_TIME.inJson());
    assertFalse(Measure.ROLLBACK_ROUTING_READS.inCsv());
  }

  @Test
  void aRunWithARollbackHasEveryMeasureAsItsUnitSays() {
    SimulationReport report = Simulation.run(SimulationConfig.of("batched", 100_000)
        .withGreenErrorRate(0.3));
    assertTrue(report.rolledBack());
    for (Measure measure : Measure.values()) {
      Object value = measure.of(report);
      assertNotNull(value, measure.toString());
      assertInstanceOf(TYPES.get(measure.unit()), value, measure.toString());
    }
    assertEquals(report.counts().updateCalls(), Measure.UPDATE_CALLS.of(report));
    assertEquals(report.rollback().counts().updateCalls(),
        Measure.ROLLBACK_UPDATE_CALLS.of(report));
    assertEquals(report.time().fullSwitchNanos(), Measure.FULL_SWITCH_TIME.of(report));
  }

  @Test
  void whatDoesNotApplyToARunIsAbsent() {
    SimulationReport report = Simulation.run(SimulationConfig.of("per-user", 1_000)
        .withRoutingModel(RoutingModel.CENTRAL));
    assertFalse(report.rolledBack());
    List<Measure> absent = Arrays.stream(Measure.values())
        .filter(measure -> measure.of(report) == null).toList();
    assertEquals(List.of(Measure.BATCH_SIZE, Measure.ROLLBACK_TRIGGERED_AT,
        Measure.ROLLBACK_DETECT, Measure.ROLLBACK_DURATION, Measure.ROLLBACK_OPERATIONS,
        Measure.ROLLBACK_ENTRIES_WRITTEN, Measure.ROLLBACK_UPDATE_CALLS,
        Measure.ROLLBACK_POINTER_WRITES, Measure.ROLLBACK_ROUTING_READS, Measure.PROXY_NODES,
        Measure.ALARM_TIME), absent);
    assertNull(Measure.ROLLBACK_DETECT.of(report));
  }
}
