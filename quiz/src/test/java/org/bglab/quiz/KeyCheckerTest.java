package org.bglab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyCheckerTest {

  private static List<Question> bundled;
  private static List<CheckResult> results;

  @BeforeAll
  static void runEveryBundledCheck() throws Exception {
    bundled = QuestionBank.load(List.of()).questions();
    results = KeyChecker.checkAll(bundled);
  }

  @Test
  void theBundledBankHasTheFiveQuestionsInOrder() {
    assertEquals(List.of("purpose", "switch-command", "predict-output", "still-on-blue",
        "safe-sequence"), bundled.stream().map(Question::id).toList());
  }

  @Test
  void everyBundledKeyIsProved() {
    for (CheckResult result : results) {
      assertTrue(result.passed(), result.question().id() + ": " + result.evidence());
      assertEquals(result.question().letters(),
          result.options().stream().map(OptionResult::letter).toList(),
          "every option was run for " + result.question().id());
    }
  }

  @Test
  void exactlyTheKeyMeetsTheCondition() {
    for (CheckResult result : results) {
      List<String> meeting = result.options().stream()
          .filter(OptionResult::meetsCondition).map(OptionResult::letter).toList();
      assertEquals(List.of(result.question().key()), meeting, result.evidence());
    }
  }

  @Test
  void anyOtherKeyMakesTheCheckFail() {
    for (Question question : bundled) {
      for (String letter : question.letters()) {
        if (!letter.equals(question.key())) {
          CheckResult wrong = KeyChecker.check(question.withKey(letter));
          assertFalse(wrong.passed(), question.id() + " with key " + letter);
          assertTrue(wrong.evidence().contains("the key " + letter + " does not meet"),
              wrong.evidence());
        }
      }
    }
  }

  @Test
  void theSameBankWithOneKeyChangedHasExactlyOneFailure() {
    List<Question> changed = new ArrayList<>(bundled);
    Question second = changed.get(1);
    changed.set(1, second.withKey(second.key().equals("A") ? "B" : "A"));
    List<Boolean> passed = KeyChecker.checkAll(changed).stream().map(CheckResult::passed).toList();
    assertEquals(List.of(true, false, true, true, true), passed);
  }

  @Test
  void scenarioEvidenceNamesWhatEachOptionDid() {
    CheckResult command = results.get(1);
    assertTrue(command.evidence().startsWith("D: 1000 sent: 1000 to green, 0 failed;"),
        command.evidence());
    assertTrue(command.evidence().contains("C: 1000 sent: 1000 failed (no endpoints)"),
        command.evidence());
  }

  @Test
  void outputEvidenceSaysWhatTheCodePrinted() {
    CheckResult output = results.get(2);
    assertTrue(output.evidence().contains("printed \"Switching traffic to green environment\""),
        output.evidence());
  }

  @Test
  void aCheckThatMatchesTwoOptionsFails() throws Exception {
    Question twice = QuestionReader.read("twice.yaml", """
        id: twice
        title: Twice
        prompt: What does it print?
        code: System.out.println(1 + 1);
        options:
          A:
            text: "2"
            explanation: Addition.
          B:
            text: two
            explanation: Also what it prints, by this option's output field.
            output: "2"
        key: A
        mistakes: [none]
        check:
          kind: output
        """);
    CheckResult result = KeyChecker.check(twice);
    assertFalse(result.passed());
    assertTrue(result.evidence().endsWith("B meets the condition too"), result.evidence());
  }
}
