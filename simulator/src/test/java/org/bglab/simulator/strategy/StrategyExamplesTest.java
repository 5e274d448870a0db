package org.bglab.simulator.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The source's growth table and its batched and pointer-swap counterparts, at n = 1, 10, 1000. */
class StrategyExamplesTest {

  @ParameterizedTest(name = "{0} users, batch {1}")
  @CsvSource({
    // users, batch, per-user calls, batched calls
    "1, 100, 1, 1",
    "10, 100, 10, 1",
    "1000, 100, 1000, 10",
    "1000, 7, 1000, 143",
    "10, 3, 10, 4",
  })
  void countsMatchTheSourceTable(int users, int batch, long perUserCalls, long batchedCalls) {
    OperationCounts perUser = TrafficRouter.create(new PerUserSwitch(), users)
        .switchTo(Environment.GREEN);
    assertEquals(new OperationCounts(users, perUserCalls, 0, 0), perUser);
    assertEquals(users, perUser.operations());

    OperationCounts batched = TrafficRouter.create(new BatchedSwitch(batch), users)
        .switchTo(Environment.GREEN);
    assertEquals(new OperationCounts(users, batchedCalls, 0, 0), batched);

    OperationCounts pointer = TrafficRouter.create(new PointerSwap(), users)
        .switchTo(Environment.GREEN);
    assertEquals(new OperationCounts(0, 1, 1, 0), pointer);
    assertEquals(1, pointer.operations());
  }

  @Test
  void batchedReportsTheElevenCallsOfTheReadme() {
    TrafficRouter router = TrafficRouter.create(new BatchedSwitch(100), 1001);
    OperationCounts counts = router.switchTo(Environment.GREEN);
    assertEquals(11, counts.updateCalls());
    assertEquals(1001, counts.entriesWritten());
    assertEquals(128, router.routing().bytes());
    assertEquals(1001, router.routing().usersOnGreen());
  }

  @Test
  void stepsOneCallAtATime() {
    TrafficRouter router = TrafficRouter.create(new BatchedSwitch(4), 10);
    SwitchProcess process = router.beginSwitch(Environment.GREEN);
    assertTrue(process.step());
    assertEquals(new OperationCounts(4, 1, 0, 0), router.counts());
    assertEquals(Environment.GREEN, router.state().routeOf(3));
    assertEquals(Environment.BLUE, router.state().routeOf(4));
    assertTrue(process.step());
    assertTrue(process.step());
    assertTrue(process.isComplete());
    assertFalse(process.step());
    assertEquals(new OperationCounts(10, 3, 0, 0), router.counts());
  }

  @Test
  void perUserStepsAndFinishCountAlike() {
    TrafficRouter stepped = TrafficRouter.create(new PerUserSwitch(), 50);
    SwitchProcess process = stepped.beginSwitch(Environment.GREEN);
    for (int i = 0; i < 20; i++) {
      process.step();
    }
    process.finish();
    TrafficRouter whole = TrafficRouter.create(new PerUserSwitch(), 50);
    whole.switchTo(Environment.GREEN);
    assertEquals(whole.counts(), stepped.counts());
    assertEquals(50, stepped.routing().usersOnGreen());
  }

  @Test
  void routingReadsAreCountedPerRequest() {
    TrafficRouter router = TrafficRouter.create(new PointerSwap(), 5);
    router.route(0);
    router.route(4);
    assertEquals(2, router.counts().routingReads());
    assertEquals(0, router.counts().operations());
  }

  @Test
  void registryKnowsTheStrategiesByName() {
    assertEquals(java.util.List.of("per-user", "batched", "pointer-swap"),
        Strategies.names().subList(0, 3));
    assertEquals("batched", Strategies.create("batched", new StrategyOptions(5)).name());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Strategies.create("teleport", StrategyOptions.DEFAULTS));
    assertTrue(unknown.getMessage().contains("per-user"));
    assertThrows(IllegalArgumentException.class, () -> new StrategyOptions(0));
  }
}
