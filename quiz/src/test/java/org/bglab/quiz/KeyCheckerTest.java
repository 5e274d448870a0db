package org.bglab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
          assertTrue(wrong.evidence().endsWith(" -- " + question.key() + " meets the condition instead"),
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
    assertTrue(command.evidence().startsWith("D: 1000/1000 to green, 0 failed;"),
        command.evidence());
    assertTrue(command.evidence().contains("C: 0/1000 to green, 1000 failed (no endpoints)"),
        command.evidence());
  }

  private static Map<String, String> evidenceByOption(String id) {
    CheckResult result = results.stream().filter(r -> r.question().id().equals(id)).findFirst().orElseThrow();
    Map<String, String> byOption = new TreeMap<>();
    result.options().forEach(option -> byOption.put(option.letter(), option.evidence()));
    return byOption;
  }

  @Test
  void theFaultyReleaseOfQuestionOneFailsUsersWithModelErrorsExceptInBlueGreen() {
    Map<String, String> purpose = evidenceByOption("purpose");
    String key = purpose.get("B");
    assertTrue(key.contains("tested green-test: 200/200 failed (model error), 200 to green"), key);
    assertTrue(key.contains("model-service: 0/1000 failed, 1000 to blue"), key);
    assertTrue(key.endsWith("ready pods: model:v1 3"), key);
    for (String letter : List.of("A", "C", "D")) {
      String evidence = purpose.get(letter);
      assertTrue(evidence.matches("model-service: (\\d+)/\\1 failed \\(model error\\).*"), letter + ": " + evidence);
      assertFalse(evidence.contains("no endpoints"), letter + ": " + evidence);
    }
    assertTrue(purpose.get("A").contains("1000 to blue, 1000 to green"), "combined: each request to both");
    assertTrue(purpose.get("A").endsWith("ready pods: model:v1 3, model:v2 3"), "double capacity");
    assertTrue(purpose.get("C").endsWith("ready pods: model:v1 0, model:v2 3"), "nothing to go back to");
    assertTrue(purpose.get("D").startsWith("model-service: 100/100 failed"), "off-peak: fewer, same failures");
    assertTrue(purpose.get("D").endsWith("model:v1 0, model:v2 3"), purpose.get("D"));
  }

  @Test
  void onlyTheSafeSequenceKeepsUsersAwayFromTheFaultyModel() {
    Map<String, String> sequence = evidenceByOption("safe-sequence");
    assertTrue(sequence.get("C").contains("model-service: 0/1000 failed, 1000 to blue"), sequence.get("C"));
    assertTrue(sequence.get("A").contains("model-service: 1000/1000 failed (no endpoints)"), sequence.get("A"));
    assertTrue(sequence.get("B").contains("failed (model error), 500 to green, 500 to blue"), sequence.get("B"));
    assertTrue(sequence.get("B").endsWith("model:v1 3, model:v2 3"), "rolled back to a blue still running");
    assertTrue(sequence.get("D").contains("model-service: 1000/1000 failed (model error)"), sequence.get("D"));
    for (String evidence : sequence.values()) {
      assertTrue(evidence.startsWith("tested ") && evidence.contains("-test: 200/200 failed (model error)"), evidence);
    }
  }

  @Test
  void theFormatGuidesExampleQuestionProvesItsKeyAsTheGuideSays() throws Exception {
    String guide = Files.readString(Path.of("QUESTIONS.md"));
    int start = guide.indexOf("```yaml\n# A sixth question") + "```yaml\n".length();
    String yaml = guide.substring(start, guide.indexOf("```", start));
    CheckResult result = KeyChecker.check(QuestionReader.read("rollback.yaml", yaml));
    assertTrue(result.passed(), result.evidence());
    String promised = guide.substring(guide.indexOf("`rollback key=C PASS  ") + "`rollback key=C PASS  ".length());
    promised = promised.substring(0, promised.indexOf("..."));
    assertTrue(result.evidence().startsWith(promised), promised + " | " + result.evidence());
    assertTrue(result.evidence().contains("failed (model error)"), result.evidence());
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
