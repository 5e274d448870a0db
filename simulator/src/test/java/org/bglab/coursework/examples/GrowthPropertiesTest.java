package org.bglab.coursework.examples;

import static org.bglab.coursework.examples.SwitchInputs.EXAMPLES;
import static org.bglab.coursework.examples.SwitchInputs.MAX_USERS;
import static org.bglab.coursework.examples.SwitchInputs.batchSizes;
import static org.bglab.coursework.examples.SwitchInputs.strategyNames;
import static org.bglab.coursework.examples.SwitchInputs.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.strategy.PointerSwap;
import org.bglab.simulator.strategy.TrafficRouter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How the cost of a switch changes with the number of users: the shape of the growth, stated
 * without any formula.
 */
@ExtendWith(SwitchLab.Resolver.class)
public class GrowthPropertiesTest {

  private final SwitchLab lab;

  /**
   * The properties of the strategies {@code lab} makes.
   *
   * @param lab the strategies and the QuickTheories runner; JUnit passes the built-in ones
   */
  public GrowthPropertiesTest(SwitchLab lab) {
    this.lab = lab;
  }

  /**
   * <b>Pointer swap's cost does not depend on n.</b> For any two user counts, switching by
   * pointer swap performs exactly the same operations, and its routing state has the same size.
   *
   * <p>Why it matters: this is what O(1) means, checked directly. It does not say the cost is
   * small; it says that a million more users add nothing to it.
   */
  @Test
  public void pointerSwapCostDoesNotDependOnN() {
    lab.qt().withExamples(EXAMPLES).forAll(users(), users()).checkAssert((small, large) -> {
      TrafficRouter first = TrafficRouter.create(lab.strategy(PointerSwap.NAME, 1), small);
      TrafficRouter second = TrafficRouter.create(lab.strategy(PointerSwap.NAME, 1), large);
      assertEquals(first.switchTo(Environment.GREEN), second.switchTo(Environment.GREEN));
      assertEquals(first.routing().bytes(), second.routing().bytes(), "routing bytes");
    });
  }

  /**
   * <b>Counts never decrease as n grows.</b> For any strategy and batch size, switching more
   * users never takes fewer entry writes, update calls, pointer writes or operations.
   *
   * <p>Why it matters: every growth class a strategy can have (O(1), O(n), ceil(n/b)) is
   * non-decreasing. A count that drops when users are added points at a counting mistake, such
   * as a partial batch that is written but not counted.
   */
  @Test
  public void countsNeverDecreaseAsNGrows() {
    lab.qt().withExamples(EXAMPLES)
        .forAll(strategyNames(), batchSizes(), users(),
            integers().between(0, MAX_USERS).describedAs(extra -> "+" + extra + " users"))
        .checkAssert((name, batchSize, users, extra) -> {
          OperationCounts fewer = TrafficRouter.create(lab.strategy(name, batchSize), users)
              .switchTo(Environment.GREEN);
          OperationCounts more = TrafficRouter.create(lab.strategy(name, batchSize), users + extra)
              .switchTo(Environment.GREEN);
          assertTrue(fewer.entriesWritten() <= more.entriesWritten(), "entries written");
          assertTrue(fewer.updateCalls() <= more.updateCalls(), "update calls");
          assertTrue(fewer.pointerWrites() <= more.pointerWrites(), "pointer writes");
          assertTrue(fewer.operations() <= more.operations(), "operations");
        });
  }
}
