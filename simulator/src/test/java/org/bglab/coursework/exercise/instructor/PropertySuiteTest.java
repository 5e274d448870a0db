package org.bglab.coursework.exercise.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.bglab.coursework.exercise.NewestFirstSwitchProperties;
import org.bglab.coursework.exercise.NewestFirstSwitchProperties.Property;
import org.bglab.coursework.exercise.Outcome;
import org.bglab.coursework.exercise.instructor.reference.NewestFirstReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves the exercise's property suite: it passes on the reference solution and catches each
 * faulty version with the smallest counterexample there is, so a student who makes one of these
 * mistakes gets a switch small enough to follow by hand; and it catches every faulty version at
 * every seed, not at most of them.
 */
class PropertySuiteTest {

  /** Fixed, so that which switches are tried, and so each shrunk counterexample, is repeatable. */
  private static final long SEED = 20_240_601L;

  /** Seeds tried to show that a fault is caught whatever the run. */
  private static final int SEEDS = 12;

  @Test
  void theReferenceSolutionHasEveryProperty() {
    List<Outcome> outcomes =
        new NewestFirstSwitchProperties(NewestFirstReference::new).withFixedSeed(SEED).checkAll();
    String failures = outcomes.stream()
        .filter(outcome -> !outcome.holds())
        .map(outcome -> outcome.property() + ": " + outcome.failure().getMessage())
        .collect(Collectors.joining("\n"));
    assertEquals("", failures, "properties the reference solution fails");
    assertEquals(6, outcomes.size(), "properties checked");
  }

  @ParameterizedTest(name = "{0} is caught by \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      DROPS_LAST_PARTIAL_BATCH | every user ends on green | n=1 users, b=2 per call
      SKIPS_USER_ZERO | every user ends on green | n=1 users, b=1 per call
      WRITES_BOUNDARY_USER_TWICE | n entries are written, each counted by its call | n=2 users, b=1 per call
      COUNTS_BATCH_SIZE_NOT_WRITES | n entries are written, each counted by its call | n=1 users, b=2 per call
      ONE_CALL_TOO_MANY | ceil(n/b) update calls, one per step | n=1 users, b=1 per call
      OLDEST_FIRST | the newest users move first | n=2 users, b=1 per call, looked after 1 of 2 calls
      COMPLETE_AFTER_N_OVER_B_ROUNDED_DOWN | isComplete() turns true with the last call | n=1 users, b=2 per call
      ENTRIES_RECORDED_IN_THE_LAST_CALL | n entries are written, each counted by its call | n=2 users, b=1 per call
      """)
  void eachFaultyVersionIsCaughtWithTheSmallestCounterexample(
      Fault fault, String property, String counterexample) {
    Property check = suite(fault).withFixedSeed(SEED).all().stream()
        .filter(candidate -> candidate.description().equals(property))
        .findFirst()
        .orElseThrow();
    AssertionError caught = assertThrows(AssertionError.class, check.check()::run,
        fault + " passed \"" + property + "\"");
    String firstLine = caught.getMessage().lines().findFirst().orElse("");
    assertEquals("counterexample: " + counterexample, firstLine, fault.name());
    assertTrue(caught.getMessage().contains("what went wrong: "), caught.getMessage());
  }

  /** Every fault of the table above is in it: a fault added to the enum gets a row there. */
  @Test
  void everyFaultIsProvedCaught() {
    assertEquals(8, Fault.values().length, "faults in the table of the test above");
  }

  /**
   * Boundary mistakes are caught on every run, not on most: each fault, at each of a dozen
   * seeds, fails at least one property.
   */
  @ParameterizedTest
  @EnumSource(Fault.class)
  void eachFaultIsCaughtAtEverySeed(Fault fault) {
    Set<Long> missedAt = LongStream.rangeClosed(1, SEEDS).boxed()
        .filter(seed -> suite(fault).withFixedSeed(seed).checkAll().stream()
            .allMatch(Outcome::holds))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), missedAt, fault + " passed every property at these seeds");
  }

  private static NewestFirstSwitchProperties suite(Fault fault) {
    return new NewestFirstSwitchProperties(batchSize -> new FaultySwitch(batchSize, fault));
  }
}
