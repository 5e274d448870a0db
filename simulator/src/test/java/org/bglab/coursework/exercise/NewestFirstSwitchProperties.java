package org.bglab.coursework.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.RoutingState;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.bglab.simulator.strategy.TrafficRouter;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * What every newest-first switch must do, written as properties: the specification of the
 * exercise in {@link NewestFirstSwitch}.
 *
 * <p>Each property is tried on a few hundred small switches ({@code n} up to about 200 users).
 * Batch code goes wrong at boundaries, so every run includes them: one user, sizes just below,
 * at and just above a multiple of 64 (the routing table's word), a batch of one, a batch that
 * divides {@code n} and a batch larger than {@code n}. When a property fails, QuickTheories
 * shrinks the failing switch towards {@code n=1, b=1} and reports the smallest one it found,
 * which is usually small enough to follow by hand.
 *
 * <p>Progress is checked after every update call, not only at the end: a simulation reads the
 * counts and asks {@code isComplete()} between calls, while requests arrive.
 *
 * <p>The suite takes the strategy to check as a factory from the batch size, so the same
 * properties check the student's class, the reference solution and the faulty versions.
 */
public final class NewestFirstSwitchProperties {

  /** Switches tried per property. */
  public static final int EXAMPLES = 300;

  private static final Gen<Batching> BATCHINGS = Batching.all();

  private static final Gen<StoppedSwitch> STOPPED_SWITCHES =
      BATCHINGS.zip(integers().between(0, 1_000),
          (batching, raw) -> new StoppedSwitch(batching, raw % (batching.expectedCalls() + 1)));

  /**
   * One property of the suite.
   *
   * @param description the sentence it is reported under
   * @param check tries the property; throws an {@link AssertionError} naming a counterexample
   *     when it finds one
   */
  public record Property(String description, Runnable check) {}

  private final IntFunction<? extends SwitchStrategy<UserRouteTable>> strategyWithBatchSize;
  private final Supplier<QuickTheory> theory;

  /**
   * Properties of the strategy that {@code strategyWithBatchSize} creates for a batch size, tried
   * with a new random seed each run (or the one given as {@code -DQT_SEED=...}).
   *
   * @param strategyWithBatchSize creates the strategy under test for a batch size
   */
  public NewestFirstSwitchProperties(
      IntFunction<? extends SwitchStrategy<UserRouteTable>> strategyWithBatchSize) {
    this(strategyWithBatchSize, QuickTheory::qt);
  }

  private NewestFirstSwitchProperties(
      IntFunction<? extends SwitchStrategy<UserRouteTable>> strategyWithBatchSize,
      Supplier<QuickTheory> theory) {
    this.strategyWithBatchSize = strategyWithBatchSize;
    this.theory = theory;
  }

  /**
   * The same properties, always tried on the same switches: for tests that must be repeatable.
   *
   * @param seed the QuickTheories seed
   * @return a suite that uses {@code seed}
   */
  public NewestFirstSwitchProperties withFixedSeed(long seed) {
    return new NewestFirstSwitchProperties(
        strategyWithBatchSize, () -> QuickTheory.qt().withFixedSeed(seed));
  }

  /**
   * Every property, from the simplest to the most demanding: fix them in this order.
   *
   * @return the properties with their descriptions
   */
  public List<Property> all() {
    return List.of(
        new Property("every user ends on green", this::everyUserEndsOnGreen),
        new Property("n entries are written, each counted by its call", this::writesOneEntryPerUser),
        new Property("ceil(n/b) update calls, one per step", this::makesOneCallPerBatch),
        new Property("the newest users move first", this::newestUsersMoveFirst),
        new Property("isComplete() turns true with the last call", this::completesWithTheLastCall),
        new Property("switching back restores blue at the same cost", this::rollbackRestoresBlue));
  }

  /**
   * Checks every property and keeps going after a failure.
   *
   * @return for each property of {@link #all()}, in order, how its check ended
   */
  public List<Outcome> checkAll() {
    List<Outcome> outcomes = new ArrayList<>();
    for (Property property : all()) {
      try {
        property.check().run();
        outcomes.add(new Outcome(property.description(), null));
      } catch (AssertionError failure) {
        outcomes.add(new Outcome(property.description(), failure));
      }
    }
    return List.copyOf(outcomes);
  }

  /**
   * After the switch, every user's route leads to green. A user left on blue keeps getting the
   * old model although the switch said it was done: the bug blue-green is meant to prevent.
   */
  public void everyUserEndsOnGreen() {
    check(BATCHINGS, batching -> {
      TrafficRouter router = switchCompletely(batching);
      assertEveryoneOn(Environment.GREEN, router.state());
    });
  }

  /**
   * The switch writes {@code n} entries, as measured by the routing table, and each update call
   * records the entries it wrote when it makes them: after {@code k} calls, {@code min(n, k*b)}
   * entries have been counted. Fewer at the end means a user was left behind; more means some
   * user was written twice, work the complexity analysis does not expect. Counts kept back and
   * recorded all at once at the end are wrong in between, and the simulation reads them in
   * between, to time each call.
   */
  public void writesOneEntryPerUser() {
    check(BATCHINGS, batching -> {
      TrafficRouter router = TrafficRouter.create(strategy(batching), batching.users());
      SwitchProcess process = router.beginSwitch(Environment.GREEN);
      int steps = 0;
      while (stepOnce(process, batching, steps)) {
        steps++;
        assertEquals(batching.switchedAfter(steps), router.counts().entriesWritten(),
            "entries written after call " + steps);
      }
      assertEquals(batching.users(), router.counts().entriesWritten(), "entries written");
    });
  }

  /**
   * The switch makes {@code ceil(n/b)} update calls and each {@code step()} that returns
   * {@code true} is exactly one of them. Calls are round trips, the part of a switch that takes
   * time; batching exists to cut them from {@code n} to {@code ceil(n/b)}, so an extra or a
   * missing call is a wrong answer to the question the exercise asks.
   */
  public void makesOneCallPerBatch() {
    check(BATCHINGS, batching -> {
      TrafficRouter router = TrafficRouter.create(strategy(batching), batching.users());
      SwitchProcess process = router.beginSwitch(Environment.GREEN);
      int steps = 0;
      long callsBefore = router.counts().updateCalls();
      while (stepOnce(process, batching, steps)) {
        steps++;
        long calls = router.counts().updateCalls();
        assertEquals(1, calls - callsBefore, "update calls recorded by step " + steps);
        callsBefore = calls;
      }
      assertEquals(batching.expectedCalls(), steps, "steps that returned true");
      assertEquals(0, router.counts().pointerWrites(), "pointer writes");
    });
  }

  /**
   * Part of the way through, the users on green are exactly the newest ones: after {@code k}
   * calls, users {@code n - min(n, k*b)} to {@code n-1}. Requests keep arriving during a switch
   * and are routed by the table as it is at that instant, so who is on green mid-switch is what
   * users actually experience, not an implementation detail.
   */
  public void newestUsersMoveFirst() {
    check(STOPPED_SWITCHES, stopped -> {
      Batching batching = stopped.batching();
      TrafficRouter router = TrafficRouter.create(strategy(batching), batching.users());
      SwitchProcess process = router.beginSwitch(Environment.GREEN);
      for (int call = 0; call < stopped.calls(); call++) {
        assertTrue(process.step(), "step " + (call + 1) + " made no call");
      }
      int firstGreen = batching.users() - batching.switchedAfter(stopped.calls());
      RoutingState state = router.state();
      for (int user = 0; user < batching.users(); user++) {
        Environment expected = user >= firstGreen ? Environment.GREEN : Environment.BLUE;
        if (state.routeOf(user) != expected) {
          assertEquals(expected, state.routeOf(user), "route of user " + user);
        }
      }
    });
  }

  /**
   * {@code isComplete()} is {@code false} before each of the {@code ceil(n/b)} calls and
   * {@code true} right after the last one; from then on it stays {@code true} and further steps
   * change nothing: they return {@code false}, make no call and write no entry. A simulation
   * asks {@code isComplete()} between calls to know whether the switch is over: a switch that
   * says so too early stops with users still on blue, one that says so too late makes the
   * simulation wait for calls that never come.
   */
  public void completesWithTheLastCall() {
    check(BATCHINGS, batching -> {
      TrafficRouter router = TrafficRouter.create(strategy(batching), batching.users());
      SwitchProcess process = router.beginSwitch(Environment.GREEN);
      int calls = batching.expectedCalls();
      for (int call = 1; call <= calls; call++) {
        assertFalse(process.isComplete(), "isComplete() before call " + call + " of " + calls);
        assertTrue(process.step(), "step " + call + " of " + calls + " made no call");
      }
      assertTrue(process.isComplete(), "isComplete() after the last call");
      OperationCounts done = router.counts();
      assertFalse(process.step(), "step() after the last call");
      assertEquals(done, router.counts(), "counts after an extra step");
      assertTrue(process.isComplete(), "isComplete() after an extra step");
    });
  }

  /**
   * Switching back to blue after the switch puts every user on blue and costs exactly what the
   * switch did. Rollback is the reason to keep blue running: it must be complete, and its cost
   * must be known in advance.
   */
  public void rollbackRestoresBlue() {
    check(BATCHINGS, batching -> {
      TrafficRouter router = switchCompletely(batching);
      OperationCounts forward = router.counts();
      SwitchProcess back = router.beginSwitch(Environment.BLUE);
      stepToTheEnd(back, batching);
      assertEveryoneOn(Environment.BLUE, router.state());
      assertEquals(forward, router.counts().minus(forward), "counts of the switch back");
    });
  }

  private <T> void check(Gen<T> inputs, Consumer<T> property) {
    theory.get()
        .withExamples(EXAMPLES)
        .withReporter(new CounterexampleReporter())
        .forAll(inputs)
        .checkAssert(property);
  }

  private SwitchStrategy<UserRouteTable> strategy(Batching batching) {
    return strategyWithBatchSize.apply(batching.batchSize());
  }

  private TrafficRouter switchCompletely(Batching batching) {
    TrafficRouter router = TrafficRouter.create(strategy(batching), batching.users());
    stepToTheEnd(router.beginSwitch(Environment.GREEN), batching);
    return router;
  }

  /** Steps until the process stops, and fails instead of looping when it never does. */
  private static void stepToTheEnd(SwitchProcess process, Batching batching) {
    int steps = 0;
    while (stepOnce(process, batching, steps)) {
      steps++;
    }
  }

  /**
   * One step, unless far more steps were made than a switch of {@code n} users can need (one per
   * user): then the process is stuck, and the property fails instead of looping forever.
   */
  private static boolean stepOnce(SwitchProcess process, Batching batching, int stepsSoFar) {
    if (stepsSoFar > 2 * batching.users()) {
      throw new AssertionError("still not complete after " + stepsSoFar
          + " steps, twice one per user: does the switch ever end?");
    }
    return process.step();
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
