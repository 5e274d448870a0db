package org.bglab.coursework.examples;

import static org.bglab.coursework.examples.SwitchInputs.EXAMPLES;
import static org.bglab.coursework.examples.SwitchInputs.batchSizes;
import static org.bglab.coursework.examples.SwitchInputs.users;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.PerUserSwitch;
import org.bglab.simulator.strategy.PointerSwap;
import org.bglab.simulator.strategy.TrafficRouter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The count formulas of each strategy, checked against counts measured by switching.
 *
 * <p>The simulator never computes a count from {@code n} and {@code b}: each strategy records
 * the writes and calls it makes while making them. These properties hold the measurements to
 * the formulas of the complexity analysis, so a wrong formula or a wrong strategy shows up as a
 * counterexample.
 */
@ExtendWith(SwitchLab.Resolver.class)
public class CountFormulaPropertiesTest {

  private final SwitchLab lab;

  /**
   * The properties of the strategies {@code lab} makes.
   *
   * @param lab the strategies and the QuickTheories runner; JUnit passes the built-in ones
   */
  public CountFormulaPropertiesTest(SwitchLab lab) {
    this.lab = lab;
  }

  /**
   * <b>Per-user: n entries, n calls.</b> The analysed routine writes each user's entry in its
   * own update call: {@code n} writes and {@code n} calls, no pointer write.
   *
   * <p>Why it matters: this is the O(n) claim of the analysis. Ten times the users, ten times
   * the work; switching is not instant.
   */
  @Test
  public void perUserWritesAndCallsOncePerUser() {
    lab.qt().withExamples(EXAMPLES).forAll(users()).checkAssert(users -> {
      OperationCounts counts =
          TrafficRouter.create(lab.strategy(PerUserSwitch.NAME, 1), users).switchTo(Environment.GREEN);
      assertEquals(new OperationCounts(users, users, 0, 0), counts);
      assertEquals((long) users, counts.operations(), "operations");
    });
  }

  /**
   * <b>Batched: n entries in ceil(n/b) calls.</b> Each call carries up to {@code b} entries,
   * the last one what is left; every entry is still written once.
   *
   * <p>Why it matters: it answers the source's open question. Batching divides the round trips
   * by {@code b}, but the operations stay {@code n}: the switch is still O(n).
   */
  @Test
  public void batchedWritesEveryEntryInCeilingOfNOverBCalls() {
    lab.qt().withExamples(EXAMPLES).forAll(users(), batchSizes()).checkAssert((users, batchSize) -> {
      OperationCounts counts =
          TrafficRouter.create(lab.strategy(BatchedSwitch.NAME, batchSize), users).switchTo(Environment.GREEN);
      long calls = (users + batchSize - 1) / batchSize;
      assertEquals(new OperationCounts(users, calls, 0, 0), counts);
      assertEquals((long) users, counts.operations(), "operations");
    });
  }

  /**
   * <b>Pointer swap: one pointer write in one call, no entries.</b> Users reach the model
   * through one indirection, and the switch rewrites only that.
   *
   * <p>Why it matters: this is the O(1) switch, the way a Kubernetes Service selector or a
   * managed platform's all-at-once switch works. The cost moved from the switch into the design
   * of the routing state.
   */
  @Test
  public void pointerSwapWritesOnePointerInOneCall() {
    lab.qt().withExamples(EXAMPLES).forAll(users()).checkAssert(users -> {
      OperationCounts counts =
          TrafficRouter.create(lab.strategy(PointerSwap.NAME, 1), users).switchTo(Environment.GREEN);
      assertEquals(new OperationCounts(0, 1, 1, 0), counts);
      assertEquals(1, counts.operations(), "operations");
    });
  }
}
