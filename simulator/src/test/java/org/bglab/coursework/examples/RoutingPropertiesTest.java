package org.bglab.coursework.examples;

import static org.bglab.coursework.examples.SwitchInputs.EXAMPLES;
import static org.bglab.coursework.examples.SwitchInputs.assertEveryoneOn;
import static org.bglab.coursework.examples.SwitchInputs.batchSizes;
import static org.bglab.coursework.examples.SwitchInputs.routeWritingStrategyNames;
import static org.bglab.coursework.examples.SwitchInputs.strategyNames;
import static org.bglab.coursework.examples.SwitchInputs.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.TrafficRouter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Where users are routed after a switch and after a rollback, for every known strategy. */
@ExtendWith(SwitchLab.Resolver.class)
public class RoutingPropertiesTest {

  private final SwitchLab lab;

  /**
   * The properties of the strategies {@code lab} makes.
   *
   * @param lab the strategies and the QuickTheories runner; JUnit passes the built-in ones
   */
  public RoutingPropertiesTest(SwitchLab lab) {
    this.lab = lab;
  }

  /**
   * <b>Every user is on green after any switch.</b> Whatever the strategy, the number of users
   * and the batch size, once the switch reports that it is done no user's route leads to blue.
   * Each switch drawn is tried with every strategy the registry knows.
   *
   * <p>Why it matters: a user left behind keeps getting the old model while everyone believes
   * the new one is live. It is the first thing to check of any new strategy, and the easiest
   * to get wrong at a batch boundary.
   */
  @Test
  public void everyUserIsOnGreenAfterAnySwitch() {
    lab.qt().withExamples(EXAMPLES)
        .forAll(users(), batchSizes())
        .checkAssert((users, batchSize) -> {
          for (String name : Strategies.names()) {
            TrafficRouter router = TrafficRouter.create(lab.strategy(name, batchSize), users);
            router.switchTo(Environment.GREEN);
            assertEveryoneOn(Environment.GREEN, router.state(), name);
          }
        });
  }

  /**
   * <b>Rollback restores blue, from any point of the switch.</b> Start a switch to green, stop
   * it after any number of update calls (none, some, all), switch back to blue: every user is
   * on blue again.
   *
   * <p>Why it matters: keeping blue running is what makes blue-green safe, and the moment to
   * roll back is usually mid-switch, when green starts failing. A rollback that leaves some
   * users on green would keep them on the failing model.
   */
  @Test
  public void rollbackFromAnyPointRestoresBlue() {
    lab.qt().withExamples(EXAMPLES)
        .forAll(strategyNames(), users(), batchSizes(), integers().between(0, 1_000))
        .checkAssert((name, users, batchSize, callsBeforeRollback) -> {
          TrafficRouter router = TrafficRouter.create(lab.strategy(name, batchSize), users);
          SwitchProcess forward = router.beginSwitch(Environment.GREEN);
          for (int call = 0; call < callsBeforeRollback && forward.step(); call++) {
            // each step is one update call of the switch to green
          }
          router.switchTo(Environment.BLUE);
          assertEveryoneOn(Environment.BLUE, router.state(), name);
        });
  }

  /**
   * <b>A complete rollback costs what the switch cost</b>, for the strategies that write routes
   * or a pointer. Switching all the way to green and then all the way back to blue performs the
   * same operations, kind by kind, in both directions.
   *
   * <p>Why it matters: for these strategies a rollback is the same process with the other
   * target, so its cost is known before it is needed: a switch that took {@code n} writes takes
   * {@code n} to undo. The progressive shifts (canary, linear) are left out on purpose: they
   * move forward in steps but return all traffic to blue in one step, as managed platforms roll
   * back. A property states what is meant to hold, and no more.
   */
  @Test
  public void aCompleteRollbackCostsWhatTheSwitchCost() {
    lab.qt().withExamples(EXAMPLES)
        .forAll(routeWritingStrategyNames(), users(), batchSizes())
        .checkAssert((name, users, batchSize) -> {
          TrafficRouter router = TrafficRouter.create(lab.strategy(name, batchSize), users);
          OperationCounts forward = router.switchTo(Environment.GREEN);
          OperationCounts back = router.switchTo(Environment.BLUE);
          assertEquals(forward, back, name + ": operations of the switch back");
        });
  }

  /**
   * <b>The same inputs give the same results.</b> Two routers built from the same strategy,
   * users and batch size report the same counts and the same routing state after a switch.
   *
   * <p>Why it matters: a simulator is only a lab if an experiment can be repeated. Counts that
   * changed from run to run could not be compared across {@code n}, checked against a formula,
   * or quoted on a slide.
   */
  @Test
  public void theSameInputsGiveTheSameResults() {
    lab.qt().withExamples(EXAMPLES)
        .forAll(strategyNames(), users(), batchSizes())
        .checkAssert((name, users, batchSize) -> {
          TrafficRouter first = TrafficRouter.create(lab.strategy(name, batchSize), users);
          TrafficRouter second = TrafficRouter.create(lab.strategy(name, batchSize), users);
          assertEquals(first.switchTo(Environment.GREEN), second.switchTo(Environment.GREEN));
          assertEquals(first.routing(), second.routing());
        });
  }
}
