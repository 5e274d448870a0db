package org.bglab.simulator.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.RoutingState;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of every switch over random user counts (1..10^6) and batch sizes (1..n+10). */
class StrategyPropertiesTest {

  private static final int EXAMPLES = 40;

  private static final Gen<Integer> USERS = integers().between(1, 1_000_000);
  private static final Gen<Integer> RAW_BATCH = integers().between(0, Integer.MAX_VALUE - 1);

  /** A batch size from 1 to n + 10, drawn from a raw random number. */
  private static int batchFor(int users, int raw) {
    return 1 + raw % (users + 10);
  }

  @Test
  void perUserWritesAndCallsOncePerUser() {
    qt().withExamples(EXAMPLES).forAll(USERS).checkAssert(users -> {
      OperationCounts counts =
          TrafficRouter.create(new PerUserSwitch(), users).switchTo(Environment.GREEN);
      assertEquals((long) users, counts.entriesWritten());
      assertEquals((long) users, counts.updateCalls());
      assertEquals(0, counts.pointerWrites());
    });
  }

  @Test
  void batchedWritesEveryEntryInCeilingOfNOverBCalls() {
    qt().withExamples(EXAMPLES).forAll(USERS, RAW_BATCH).checkAssert((users, raw) -> {
      int batch = batchFor(users, raw);
      OperationCounts counts =
          TrafficRouter.create(new BatchedSwitch(batch), users).switchTo(Environment.GREEN);
      assertEquals((long) users, counts.entriesWritten(), "writes at b=" + batch);
      assertEquals((users + batch - 1) / batch, counts.updateCalls(), "calls at b=" + batch);
    });
  }

  @Test
  void pointerSwapWritesOnePointerAndNoEntries() {
    qt().withExamples(EXAMPLES).forAll(USERS).checkAssert(users -> {
      OperationCounts counts =
          TrafficRouter.create(new PointerSwap(), users).switchTo(Environment.GREEN);
      assertEquals(1, counts.pointerWrites());
      assertEquals(0, counts.entriesWritten());
      assertEquals(1, counts.operations());
    });
  }

  @Test
  void everyUserRoutesToGreenAfterAnySwitchAndToBlueAfterRollback() {
    qt().withExamples(EXAMPLES).forAll(USERS, RAW_BATCH, integers().between(0, 2))
        .checkAssert((users, raw, pick) -> {
          SwitchStrategy<?> strategy = strategy(pick, batchFor(users, raw));
          TrafficRouter router = TrafficRouter.create(strategy, users);
          OperationCounts forward = router.switchTo(Environment.GREEN);
          assertEveryoneOn(Environment.GREEN, router.state());
          OperationCounts back = router.switchTo(Environment.BLUE);
          assertEveryoneOn(Environment.BLUE, router.state());
          assertEquals(forward, back, strategy.name() + ": rollback costs what the switch did");
        });
  }

  @Test
  void theSameInputsGiveTheSameResult() {
    qt().withExamples(EXAMPLES).forAll(USERS, RAW_BATCH, integers().between(0, 2))
        .checkAssert((users, raw, pick) -> {
          int batch = batchFor(users, raw);
          TrafficRouter first = TrafficRouter.create(strategy(pick, batch), users);
          TrafficRouter second = TrafficRouter.create(strategy(pick, batch), users);
          assertEquals(first.switchTo(Environment.GREEN), second.switchTo(Environment.GREEN));
          assertEquals(first.routing(), second.routing());
        });
  }

  private static SwitchStrategy<?> strategy(int pick, int batch) {
    return switch (pick) {
      case 0 -> new PerUserSwitch();
      case 1 -> new BatchedSwitch(batch);
      default -> new PointerSwap();
    };
  }

  private static void assertEveryoneOn(Environment expected, RoutingState state) {
    assertEquals(state.users(), state.usersOn(expected));
    for (int user = 0; user < state.users(); user++) {
      if (state.routeOf(user) != expected) {
        assertEquals(expected, state.routeOf(user), "user " + user);
      }
    }
  }
}
