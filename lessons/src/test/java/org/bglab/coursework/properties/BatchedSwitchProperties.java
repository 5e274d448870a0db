package org.bglab.coursework.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.RoutingState;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.bglab.simulator.strategy.TrafficRouter;
import org.quicktheories.core.Gen;

/**
 * The instructor's answer to the second exercise: properties of the batched switch that pass on
 * the real {@code BatchedSwitch} and catch every faulty version. Not for students; the skeleton
 * they get has the same name, package and constructor, and no properties.
 *
 * <p>The lessons tests use it to prove that every fault can be caught, and drop it into a
 * generated student repository to prove that the grader then gives full marks.
 */
public final class BatchedSwitchProperties {

  private static final int EXAMPLES = 200;

  private final IntFunction<? extends SwitchStrategy<UserRouteTable>> batched;

  /**
   * Properties of the strategy {@code batched} makes for a batch size.
   *
   * @param batched the switch under test, for a batch size
   */
  public BatchedSwitchProperties(IntFunction<? extends SwitchStrategy<UserRouteTable>> batched) {
    this.batched = batched;
  }

  /** After a complete switch, every user is on green. */
  public void everyUserEndsOnGreen() {
    forAllSwitches((users, batchSize) -> {
      TrafficRouter router = TrafficRouter.create(batched.apply(batchSize), users);
      router.switchTo(Environment.GREEN);
      assertEveryoneOn(Environment.GREEN, router.state());
    });
  }

  /**
   * After {@code k} calls, {@code min(n, k*b)} entries have been counted, users {@code 0} to
   * {@code min(n, k*b) - 1} are on green and the others on blue; each step is one call; the
   * switch ends after {@code ceil(n/b)} calls, and a step after the end changes nothing.
   */
  public void eachCallSwitchesTheNextBatchAndCountsIt() {
    forAllSwitches((users, batchSize) -> {
      TrafficRouter router = TrafficRouter.create(batched.apply(batchSize), users);
      SwitchProcess process = router.beginSwitch(Environment.GREEN);
      long calls = ((long) users + batchSize - 1) / batchSize;
      for (int call = 1; call <= calls; call++) {
        assertFalse(process.isComplete(), "isComplete() before call " + call + " of " + calls);
        assertTrue(process.step(), "step " + call + " made no call");
        int switched = (int) Math.min(users, (long) call * batchSize);
        OperationCounts counts = router.counts();
        assertEquals(call, counts.updateCalls(), "update calls after call " + call);
        assertEquals(switched, counts.entriesWritten(), "entries written after call " + call);
        assertEquals(switched, router.state().usersOn(Environment.GREEN),
            "users on green after call " + call);
        if (switched > 0) {
          assertEquals(Environment.GREEN, router.state().routeOf(switched - 1),
              "route of user " + (switched - 1) + " after call " + call);
        }
        if (switched < users) {
          assertEquals(Environment.BLUE, router.state().routeOf(switched),
              "route of user " + switched + " after call " + call);
        }
      }
      assertTrue(process.isComplete(), "isComplete() after the last call");
      OperationCounts done = router.counts();
      assertFalse(process.step(), "step() after the last call");
      assertEquals(done, router.counts(), "counts after a step after the end");
    });
  }

  /** Switching back to blue puts every user on blue and costs what the switch cost. */
  public void switchingBackRestoresBlueAtTheSameCost() {
    forAllSwitches((users, batchSize) -> {
      TrafficRouter router = TrafficRouter.create(batched.apply(batchSize), users);
      OperationCounts forward = router.switchTo(Environment.GREEN);
      OperationCounts back = router.switchTo(Environment.BLUE);
      assertEveryoneOn(Environment.BLUE, router.state());
      assertEquals(forward, back, "counts of the switch back");
    });
  }

  private static void forAllSwitches(BiConsumer<Integer, Integer> property) {
    qt().withExamples(EXAMPLES).forAll(switches())
        .checkAssert(size -> property.accept(size.users(), size.batchSize()));
  }

  /** {@code n} users switched {@code b} per call, printed as a counterexample reads. */
  private record Size(int users, int batchSize) {
    @Override
    public String toString() {
      return "n=" + users + ", b=" + batchSize;
    }
  }

  /**
   * Random sizes, and on every run the boundaries: one user, counts just below, at and above a
   * multiple of 64; a batch of one, a batch dividing {@code n}, a batch larger than {@code n}.
   */
  private static Gen<Size> switches() {
    Gen<Integer> users = integers().between(0, 4).zip(integers().between(1, 300), (kind, raw) -> {
      int words = Math.round(raw / 64f);
      return kind == 0 ? raw : kind == 1 ? 1 : words == 0 ? raw : words * 64 + kind - 3;
    });
    return users.flatMap(n -> integers().between(0, 3).zip(integers().between(1, 70),
        (kind, raw) -> new Size(n, batchSize(n, kind, raw))));
  }

  /** Kind 0: random; 1: one; 2: a divisor of {@code n}; 3: larger than {@code n}. */
  private static int batchSize(int users, int kind, int raw) {
    if (kind == 2) {
      int divisor = Math.max(1, Math.min(users, raw));
      while (users % divisor != 0) {
        divisor--;
      }
      return divisor;
    }
    return kind == 0 ? raw : kind == 1 ? 1 : users + raw;
  }

  private static void assertEveryoneOn(Environment expected, RoutingState state) {
    for (int user = 0; user < state.users(); user++) {
      if (state.routeOf(user) != expected) {
        assertEquals(expected, state.routeOf(user), "route of user " + user);
      }
    }
    assertEquals(state.users(), state.usersOn(expected), "users on " + expected.label());
  }
}
