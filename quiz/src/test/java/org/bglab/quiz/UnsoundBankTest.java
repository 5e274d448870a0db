package org.bglab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bank of wrongly keyed code questions whose code hangs, exits, is paced by sleep and the
 * clock, or throws: none of them may pass, and each FAIL says what the code did.
 */
class UnsoundBankTest {

  /** The bank, also used by the command-line test in the lessons module. */
  static final Path BANK = Path.of("src/test/resources/org/bglab/quiz/unsound-bank");

  private static final Map<String, CheckResult> RESULTS = new LinkedHashMap<>();

  @BeforeAll
  static void checkTheBank() throws Exception {
    List<Question> questions = QuestionBank.load(List.of(BANK)).questions();
    for (Question question : questions) {
      if (question.source().startsWith(BANK.toString())) {
        RESULTS.put(question.id(), KeyChecker.check(question));
      }
    }
  }

  @Test
  void theBankHoldsFourQuestions() {
    assertEquals(List.of("endless-loop", "exception", "sleep-paced", "system-exit"),
        List.copyOf(RESULTS.keySet()));
  }

  @Test
  void noneOfThemPasses() {
    RESULTS.values().forEach(result -> assertFalse(result.passed(), result.evidence()));
  }

  @Test
  void anEndlessLoopIsStoppedAndPrintsNothing() {
    assertEquals("A, B: the code did not finish within 5 s and was stopped"
        + " -- the key A does not meet the condition", RESULTS.get("endless-loop").evidence());
  }

  @Test
  void systemExitIsReportedWithWhatWasPrintedBeforeIt() {
    assertEquals("A, B: the code called System.exit(0) before it finished, after printing"
        + " \"draining blue\\n\" -- the key A does not meet the condition",
        RESULTS.get("system-exit").evidence());
  }

  @Test
  void aLoopPacedBySleepAndTheClockIsRefused() {
    assertEquals("A, B: the code calls System.currentTimeMillis (it reads the clock), so what it"
        + " prints can change from one run to the next -- the key A does not meet the condition",
        RESULTS.get("sleep-paced").evidence());
  }

  @Test
  void anExceptionIsReported() {
    assertEquals("A, B: the code threw ArrayIndexOutOfBoundsException: Index 2 out of bounds for"
        + " length 2 -- the key A does not meet the condition", RESULTS.get("exception").evidence());
  }
}
