package org.bglab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTrialsTest {

  private static final String QUESTION = """
      id: tiny
      title: Tiny
      prompt: Where does traffic go?
      options:
        A:
          text: blue
          explanation: The selector says blue.
        B:
          text: green
          explanation: Nothing selects green.
      key: A
      mistakes: [Looking at the wrong deployment.]
      check:
        kind: scenario
        condition: every request reaches blue
        setup: |
          set readiness-delay 1s
          bglab create deployment blue --image=m:1 --replicas=1 --labels=app=m,env=blue
          bglab create service clusterip svc --selector=app=m,env=blue --tcp=80:8080
          kubectl rollout status deployment/blue
        scenarios:
          A: |
            send 10 requests
          B: |
            kubectl patch service svc -p '{"spec":{"selector":{"env":"green"}}}'
            send 10 requests
        measure: |
          expect all requests: blue 10
      """;

  @Test
  void runsEveryOptionAndDecidesByTheMeasuringLines() throws Exception {
    CheckResult result = KeyChecker.check(QuestionReader.read("tiny.yaml", QUESTION));
    assertTrue(result.passed(), result.evidence());
    assertEquals("A: 10/10 to blue; B: 0/10 to blue, 10 failed (no endpoints)",
        result.evidence());
  }

  @Test
  void aScenarioSyntaxErrorIsReportedOnItsQuestionFileLine() throws Exception {
    String broken = QUESTION.replace("      send 10 requests\n    B:", "      jump 10\n    B:");
    Question question = QuestionReader.read("tiny.yaml", broken);
    List<Problem> problems = ScenarioTrials.validate(List.of(question));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(23, problems.get(0).line(), problems.toString());
    assertTrue(problems.get(0).render().startsWith("tiny.yaml:23: "), problems.toString());
    CheckResult result = KeyChecker.check(question);
    assertFalse(result.passed());
    assertTrue(result.evidence().startsWith("could not run: tiny.yaml:23: "), result.evidence());
  }

  @Test
  void measuringStepsWithoutExpectLinesAreRejected() throws Exception {
    Question question = QuestionReader.read("tiny.yaml",
        QUESTION.replace("expect all requests: blue 10", "send 1 requests"));
    List<Problem> problems = ScenarioTrials.validate(List.of(question));
    assertEquals(List.of("tiny.yaml:28: measure has no expect line: the condition must be stated"
        + " by expect lines"), problems.stream().map(Problem::render).toList());
  }

  @Test
  void aFailingSetupIsAnErrorNotAVerdict() throws Exception {
    Question question = QuestionReader.read("tiny.yaml",
        QUESTION.replace("rollout status deployment/blue", "rollout status deployment/none"));
    CheckResult result = KeyChecker.check(question);
    assertFalse(result.passed());
    assertTrue(result.evidence().contains("tiny.yaml:20: setup command failed"),
        result.evidence());
  }
}
