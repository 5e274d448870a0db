package org.bglab.simulator.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.TrafficSplit;
import org.junit.jupiter.api.Test;

class ProgressiveShiftTest {

  private static final Duration BAKE = Duration.ofSeconds(7);

  /** The thresholds the control plane holds after each step, and the bake after each. */
  private static List<String> steps(ProgressiveShift strategy, int users) {
    TrafficRouter router = TrafficRouter.create(strategy, users);
    TrafficSplit split = (TrafficSplit) router.state();
    SwitchProcess process = router.beginSwitch(Environment.GREEN);
    List<String> steps = new ArrayList<>();
    while (process.step()) {
      steps.add(split.threshold() + " then " + process.bakeAfterStep().toSeconds() + "s");
    }
    return steps;
  }

  @Test
  void canaryShiftsASmallShareFirstThenTheRest() {
    assertEquals(List.of("100 then 7s", "1000 then 0s"),
        steps(new CanarySwitch(0.1, BAKE), 1_000));
    assertEquals(List.of("1000 then 0s"), steps(new CanarySwitch(1, BAKE), 1_000));
    assertEquals(List.of("1 then 7s", "5 then 0s"), steps(new CanarySwitch(0.1, BAKE), 5),
        "at least one user gets the canary");
  }

  @Test
  void linearShiftsInEqualStepsUpToEverything() {
    assertEquals(List.of("300 then 7s", "600 then 7s", "900 then 7s", "1000 then 0s"),
        steps(new LinearSwitch(0.3, BAKE), 1_000));
    assertEquals(10, steps(new LinearSwitch(0.1, BAKE), 1_000).size());
  }

  @Test
  void theWorkIsOneCallAndOneWeightWritePerStepWhateverTheUsers() {
    for (int users : new int[] {10, 1_000_000}) {
      OperationCounts canary = TrafficRouter.create(
          Strategies.create("canary", StrategyOptions.DEFAULTS), users).switchTo(Environment.GREEN);
      assertEquals(new OperationCounts(0, 2, 2, 0), canary);
      TrafficRouter linear =
          TrafficRouter.create(Strategies.create("linear", StrategyOptions.DEFAULTS), users);
      assertEquals(new OperationCounts(0, 10, 10, 0), linear.switchTo(Environment.GREEN));
      assertEquals(users, linear.routing().usersOnGreen());
      assertEquals(new OperationCounts(0, 1, 1, 0), linear.switchTo(Environment.BLUE),
          "a rollback returns all traffic at once");
      assertEquals(users, linear.routing().usersOnBlue());
    }
  }

  @Test
  void settingsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new CanarySwitch(0, BAKE));
    assertThrows(IllegalArgumentException.class, () -> new LinearSwitch(1.5, BAKE));
    assertThrows(IllegalArgumentException.class,
        () -> new LinearSwitch(0.1, Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> StrategyOptions.DEFAULTS.withCanaryShare(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> StrategyOptions.DEFAULTS.withProxyNodes(0));
    assertTrue(Strategies.names().containsAll(List.of("canary", "linear")));
  }
}
