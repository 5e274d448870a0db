package org.bglab.coursework.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.bglab.coursework.properties.BatchedSwitchProperties;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves the second exercise can be done: the instructor's answer ({@link BatchedSwitchProperties}
 * in the test sources) holds for the real batched switch and catches every faulty version, and
 * each faulty version really is faulty only where it says.
 */
class FaultCatalogueTest {

  @Test
  void theAnswerHoldsForTheRealBatchedSwitch() {
    assertEquals(List.of(), failures(BatchedSwitch::new));
  }

  @ParameterizedTest
  @EnumSource(BatchedFault.class)
  void theAnswerCatchesEveryFaultyVersion(BatchedFault fault) {
    List<String> failures = failures(batchSize -> new FaultyBatchedSwitch(batchSize, fault));
    assertEquals(true, !failures.isEmpty(), fault + " passed every property of the answer");
  }

  @Test
  void thereAreAtLeastEightFaultsFromEasyToSubtle() {
    assertEquals(true, BatchedFault.values().length >= 8);
    assertEquals(List.of("easy", "medium", "subtle"), Arrays.stream(BatchedFault.values())
        .map(BatchedFault::level).distinct().toList());
    assertEquals("F1", BatchedFault.values()[0].id());
  }

  @Test
  void aFaultyVersionRefusesABatchSizeBelowOneLikeTheRealOne() {
    assertThrows(IllegalArgumentException.class,
        () -> new FaultyBatchedSwitch(0, BatchedFault.WORD_BOUNDARY));
  }

  /** Each property of the answer that fails for {@code strategy}, with its message. */
  private static List<String> failures(
      IntFunction<? extends SwitchStrategy<UserRouteTable>> strategy) {
    List<String> failures = new ArrayList<>();
    for (Method property : BatchedSwitchProperties.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(property.getModifiers()) || property.getParameterCount() > 0) {
        continue;
      }
      try {
        property.invoke(new BatchedSwitchProperties(strategy));
      } catch (InvocationTargetException ex) {
        failures.add(property.getName() + ": " + ex.getCause().getMessage());
      } catch (IllegalAccessException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return failures;
  }
}
