package org.bglab.coursework.exercise;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Checks the student's {@link NewestFirstSwitch} against every property of
 * {@link NewestFirstSwitchProperties} and prints one PASS or FAIL line per property, with the
 * counterexample under each FAIL.
 *
 * <p>Red by design until the exercise is done, so it is tagged {@code exercise} and left out of
 * bglab's normal build. Run it with {@code mvn test} in the repository that
 * {@code bglab coursework init} writes, or with {@code mvn -pl simulator test -Pexercise} in bglab's
 * own checkout.
 */
@Tag("exercise")
class NewestFirstSwitchExerciseTest {

  private static final String SOURCE =
      "src/test/java/org/bglab/coursework/exercise/NewestFirstSwitch.java";

  @Test
  @Timeout(120)
  void newestFirstSwitchHasEveryProperty() {
    List<Outcome> outcomes = new NewestFirstSwitchProperties(NewestFirstSwitch::new).checkAll();
    String report = report(outcomes);
    PrintStream out = System.out;
    out.print(report);
    out.flush();
    long failing = outcomes.stream().filter(outcome -> !outcome.holds()).count();
    if (failing > 0) {
      fail(failing + " of " + outcomes.size() + " properties fail: see the exercise report above");
    }
  }

  /** The exercise report: a heading, a line per property, the verdict. */
  static String report(List<Outcome> outcomes) {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder(nl)
        .append("Exercise: newest-first switch (").append(SOURCE).append(')').append(nl);
    int number = 0;
    long holding = 0;
    for (Outcome outcome : outcomes) {
      number++;
      text.append(outcome.holds() ? "  PASS  " : "  FAIL  ")
          .append(number).append(". ").append(outcome.property()).append(nl);
      if (outcome.holds()) {
        holding++;
      } else {
        for (String line : outcome.failure().getMessage().split("\\R")) {
          text.append("          ").append(line).append(nl);
        }
      }
    }
    text.append(holding == outcomes.size()
        ? "GREEN: all " + holding + " properties hold. Exercise done."
        : "RED: " + holding + " of " + outcomes.size() + " properties hold."
            + " Fix the first FAIL, then run the same command again.");
    return text.append(nl).toString();
  }
}
