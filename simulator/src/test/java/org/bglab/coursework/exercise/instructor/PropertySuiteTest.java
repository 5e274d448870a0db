package org.bglab.coursework.exercise.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bglab.coursework.exercise.NewestFirstSwitchProperties;
import org.bglab.coursework.exercise.NewestFirstSwitchProperties.Property;
import org.bglab.coursework.exercise.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the exercise's property suite: it passes on the reference solution and catches each
 * faulty version with the smallest counterexample there is, so a student who makes one of these
 * mistakes gets a switch small enough to follow by hand.
 */
class PropertySuiteTest {

  /** Fixed, so that which switches are tried, and so each shrunk counterexample, is repeatable. */
  private static final long SEED = 20_240_601L;

  @Test
  void theReferenceSolutionHasEveryProperty() {
    List<Outcome> outcomes = suite(ReferenceSolution::new).checkAll();
    String failures = outcomes.stream()
        .filter(outcome -> !outcome.holds())
        .map(outcome -> outcome.property() + ": " + outcome.failure().getMessage())
        .collect(Collectors.joining("\n"));
    assertEquals("", failures, "properties the reference solution fails");
    assertEquals(6, outcomes.size(), "properties checked");
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        fault("DropsLastPartialBatch", DropsLastPartialBatch::new, "every user ends on green",
            "n=1 users, b=2 per call"),
        fault("SkipsUserZero", SkipsUserZero::new, "every user ends on green",
            "n=1 users, b=1 per call"),
        fault("WritesBoundaryUserTwice", WritesBoundaryUserTwice::new, "n entries are written",
            "n=2 users, b=1 per call"),
        fault("CountsBatchSizeNotWrites", CountsBatchSizeNotWrites::new, "n entries are written",
            "n=1 users, b=2 per call"),
        fault("OneCallTooMany", OneCallTooMany::new, "ceil(n/b) update calls, one per step",
            "n=1 users, b=1 per call"),
        fault("OldestFirst", OldestFirst::new, "the newest users move first",
            "n=2 users, b=1 per call, looked after 1 of 2 calls"));
  }

  @ParameterizedTest(name = "{0} is caught by \"{1}\"")
  @MethodSource("faults")
  void eachFaultyVersionIsCaughtWithASmallCounterexample(
      String fault, String property, String counterexample, NewestFirstProcess.Factory version) {
    Property check = suite(version).withFixedSeed(SEED).all().stream()
        .filter(candidate -> candidate.description().equals(property))
        .findFirst()
        .orElseThrow();
    AssertionError caught = assertThrows(AssertionError.class, check.check()::run,
        fault + " passed \"" + property + "\"");
    String firstLine = caught.getMessage().lines().findFirst().orElse("");
    assertEquals("counterexample: " + counterexample, firstLine, fault);
    assertTrue(caught.getMessage().contains("what went wrong: "), caught.getMessage());
  }

  private static Arguments fault(String name, NewestFirstProcess.Factory version,
      String property, String counterexample) {
    return Arguments.of(name, property, counterexample, version);
  }

  private static NewestFirstSwitchProperties suite(NewestFirstProcess.Factory version) {
    return new NewestFirstSwitchProperties(batchSize -> new ProcessSwitch(batchSize, version));
  }
}
