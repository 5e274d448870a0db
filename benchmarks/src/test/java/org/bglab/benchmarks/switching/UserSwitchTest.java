package org.bglab.benchmarks.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.bglab.benchmarks.switching.StrategyUserSwitch.Drive;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.PerUserSwitch;
import org.junit.jupiter.api.Test;

/** Every timed implementation must really move every user, or its timing means nothing. */
class UserSwitchTest {

  private static List<UserSwitch> everyImplementation(int users) {
    List<UserSwitch> all = new ArrayList<>();
    for (SwitchImplementation implementation : SwitchImplementation.values()) {
      all.add(implementation.create(users));
    }
    for (OverheadLoop loop : OverheadLoop.values()) {
      all.add(loop.create(users));
    }
    return all;
  }

  private static void assertEveryUserOn(UserSwitch routes, int users, Environment expected) {
    for (int user = 0; user < users; user++) {
      assertEquals(expected, routes.routeOf(user), routes.getClass().getSimpleName() + " user " + user);
    }
  }

  @Test
  void everyImplementationMovesEveryUserThereAndBack() {
    qt().withExamples(30).forAll(integers().between(1, 300)).checkAssert(users -> {
      for (UserSwitch routes : everyImplementation(users)) {
        assertEveryUserOn(routes, users, Environment.BLUE);
        routes.switchTo(Environment.GREEN);
        assertEveryUserOn(routes, users, Environment.GREEN);
        routes.switchTo(Environment.BLUE);
        assertEveryUserOn(routes, users, Environment.BLUE);
      }
    });
  }

  @Test
  void strategySwitchRunsTheRealCountedStrategy() {
    StrategyUserSwitch<?> perUser = new StrategyUserSwitch<>(new PerUserSwitch(), 1001, Drive.FINISH);
    perUser.switchTo(Environment.GREEN);
    assertEquals(new OperationCounts(1001, 1001, 0, 0), perUser.counts());

    StrategyUserSwitch<?> batched = new StrategyUserSwitch<>(new BatchedSwitch(100), 1001, Drive.STEPS);
    batched.switchTo(Environment.GREEN);
    batched.switchTo(Environment.BLUE);
    assertEquals(new OperationCounts(2002, 22, 0, 0), batched.counts());
  }

  @Test
  void steppingCountsTheSameAsFinishing() {
    qt().withExamples(30).forAll(integers().between(1, 500)).checkAssert(users -> {
      StrategyUserSwitch<?> finished = new StrategyUserSwitch<>(new PerUserSwitch(), users, Drive.FINISH);
      StrategyUserSwitch<?> stepped = new StrategyUserSwitch<>(new PerUserSwitch(), users, Drive.STEPS);
      finished.switchTo(Environment.GREEN);
      stepped.switchTo(Environment.GREEN);
      assertEquals(finished.counts(), stepped.counts());
    });
  }

  @Test
  void naiveMapKeysAreUserIdStrings() {
    NaiveRouteMap naive = new NaiveRouteMap(3);
    assertEquals(3, naive.table().size());
    assertEquals(NaiveRouteMap.BLUE_ENDPOINT, naive.table().get("user-2"));
    naive.switchTo(Environment.GREEN);
    assertEquals(NaiveRouteMap.GREEN_ENDPOINT, naive.table().get("user-0"));
  }
}
