package org.bglab.coursework.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.ServicePointer;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.CanarySwitch;
import org.bglab.simulator.strategy.LinearSwitch;
import org.bglab.simulator.strategy.PerUserSwitch;
import org.bglab.simulator.strategy.PointerSwap;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchProcess;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.bglab.simulator.strategy.TrafficRouter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library's promises to a course, the ones the property suites do not reach: the names a
 * strategy answers to, routing sizes known before allocating, counts of users on blue in the
 * middle of a switch, the pointer swap as one step, and options refused when out of range.
 */
class LibraryContractTest {

  @Test
  void eachEnvironmentNamesTheOther() {
    assertEquals(Environment.GREEN, Environment.BLUE.other());
    assertEquals(Environment.BLUE, Environment.GREEN.other());
    assertEquals("blue", Environment.BLUE.label());
    assertEquals("green", Environment.GREEN.label());
  }

  @Test
  void strategiesAnswerToTheNamesTheCommandLineTakes() {
    List<SwitchStrategy<?>> strategies = List.of(new PerUserSwitch(), new BatchedSwitch(7),
        new PointerSwap(), new CanarySwitch(0.1, Duration.ZERO),
        new LinearSwitch(0.5, Duration.ZERO));
    List<String> names = strategies.stream().map(SwitchStrategy::name).toList();
    assertEquals(List.of("per-user", "batched", "pointer-swap", "canary", "linear"), names);
    assertEquals(names, Strategies.names());
    for (String name : names) {
      assertTrue(Strategies.exists(name), name);
      assertEquals(name, Strategies.create(name, StrategyOptions.DEFAULTS).name());
      assertEquals(name,
          TrafficRouter.create(Strategies.create(name, StrategyOptions.DEFAULTS), 3)
              .strategyName());
    }
    assertFalse(Strategies.exists("newest-first"));
    assertEquals(7, new BatchedSwitch(7).batchSize());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 63, 64, 65, 1_000})
  void routingBytesAreKnownBeforeAllocating(int users) {
    for (String name : Strategies.names()) {
      SwitchStrategy<?> strategy = Strategies.create(name, StrategyOptions.DEFAULTS);
      assertEquals(strategy.newRoutingState(users).bytes(), strategy.routingBytes(users), name);
    }
    assertEquals(8 * ((users + 63) / 64), UserRouteTable.bytesFor(users), "one bit per user");
  }

  @Test
  void aPointerTakesEightBytesWhateverTheNumberOfUsers() {
    assertEquals(8, new ServicePointer(1_000_000).bytes());
    assertEquals(8, new PointerSwap().routingBytes(1_000_000_000L));
  }

  @Test
  void usersOnBlueAreThoseNotOnGreenMidSwitch() {
    UserRouteTable table = new UserRouteTable(10);
    table.assignRange(0, 4, Environment.GREEN);
    assertEquals(4, table.usersOn(Environment.GREEN));
    assertEquals(6, table.usersOn(Environment.BLUE));
    assertEquals("UserRouteTable[users=10, green=4]", table.toString());

    ServicePointer pointer = new ServicePointer(10);
    assertEquals(10, pointer.usersOn(Environment.BLUE));
    pointer.pointTo(Environment.GREEN);
    assertEquals(10, pointer.usersOn(Environment.GREEN));
    assertEquals(0, pointer.usersOn(Environment.BLUE));
    assertEquals("ServicePointer[users=10, value=1]", pointer.toString());
  }

  @Test
  void aPointerCountsTheUsersBehindEachProxyNodeOnce() {
    ServicePointer pointer = new ServicePointer(10);
    pointer.pointTo(Environment.GREEN);
    assertEquals(3, pointer.greenBehind(0, 4, pointer.value()), "users 0, 4 and 8");
    assertEquals(2, pointer.greenBehind(3, 4, pointer.value()), "users 3 and 7");
    ServicePointer few = new ServicePointer(2);
    few.pointTo(Environment.GREEN);
    long green = 0;
    for (int node = 0; node < 4; node++) {
      green += few.greenBehind(node, 4, few.value());
    }
    assertEquals(2, green, "two users behind four nodes");
  }

  @Test
  void thePointerSwapIsOneStep() {
    ServicePointer pointer = new PointerSwap().newRoutingState(5);
    OperationCounter counter = new OperationCounter();
    SwitchProcess process = new PointerSwap().begin(pointer, Environment.GREEN, counter);
    assertFalse(process.isComplete(), "before the step");
    assertTrue(process.step(), "the one step");
    assertTrue(process.isComplete(), "after the step");
    assertFalse(process.step(), "a step after the end");
    assertEquals(new OperationCounts(0, 1, 1, 0), counter.snapshot());
  }

  @Test
  void optionsOutOfRangeAreRefused() {
    StrategyOptions defaults = StrategyOptions.DEFAULTS;
    assertThrows(IllegalArgumentException.class, () -> defaults.withCanaryShare(0));
    assertThrows(IllegalArgumentException.class, () -> defaults.withCanaryShare(1.000_001));
    assertThrows(IllegalArgumentException.class, () -> defaults.withCanaryShare(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> defaults.withLinearStep(0));
    assertThrows(IllegalArgumentException.class, () -> defaults.withLinearStep(1.5));
    assertThrows(IllegalArgumentException.class,
        () -> defaults.withLinearInterval(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> defaults.withBakeTime(Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> defaults.withBakeTime(null));
    assertThrows(IllegalArgumentException.class, () -> defaults.withProxyNodes(0));
    assertThrows(IllegalArgumentException.class,
        () -> defaults.withProxyNodes(StrategyOptions.MAX_PROXY_NODES + 1));
    assertThrows(IllegalArgumentException.class, () -> new StrategyOptions(0));
  }

  @Test
  void optionsAtTheEdgeOfTheirRangeAreKept() {
    StrategyOptions options = StrategyOptions.DEFAULTS.withCanaryShare(1).withLinearStep(1)
        .withLinearInterval(Duration.ZERO).withBakeTime(Duration.ofMillis(1)).withProxyNodes(1);
    assertEquals(1.0, options.canaryShare());
    assertEquals(1.0, options.linearStep());
    assertEquals(Duration.ZERO, options.linearInterval());
    assertEquals(Duration.ofMillis(1), options.bakeTime());
    assertEquals(1, options.proxyNodes());
    assertEquals(StrategyOptions.MAX_PROXY_NODES,
        options.withProxyNodes(StrategyOptions.MAX_PROXY_NODES).proxyNodes());
    assertEquals(StrategyOptions.DEFAULT_BATCH_SIZE, options.batchSize());
  }

  @Test
  void progressiveShiftsKeepTheirSettings() {
    CanarySwitch canary = new CanarySwitch(0.2, Duration.ofSeconds(5));
    assertEquals(0.2, canary.share());
    assertEquals(Duration.ofSeconds(5), canary.bakeTime());
    assertEquals(0.25, new LinearSwitch(0.25, Duration.ofSeconds(3)).step());
    assertThrows(IllegalArgumentException.class,
        () -> new CanarySwitch(0.2, Duration.ofSeconds(-5)));
    assertThrows(IllegalArgumentException.class, () -> new CanarySwitch(0, Duration.ZERO));
  }
}
