package org.bglab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionReaderTest {

  private static final String VALID = """
      id: sample
      title: A sample
      prompt: |
        What does it print?
      code: |
        System.out.println("hi");
      options:
        A:
          text: hi
          explanation: It prints its argument.
        B:
          text: nothing
          explanation: println always prints.
          output: ""
      key: A
      mistakes:
        - Thinking println needs a flush.
      check:
        kind: output
      """;

  @Test
  void readsEveryField() throws Exception {
    Question q = QuestionReader.read("sample.yaml", VALID);
    assertEquals("sample", q.id());
    assertEquals("What does it print?", q.prompt());
    assertEquals("System.out.println(\"hi\");", q.code());
    assertEquals(List.of("A", "B"), q.letters());
    assertEquals("nothing", q.choice("b").orElseThrow().text());
    assertEquals("A", q.keyChoice().letter());
    assertEquals(List.of("Thinking println needs a flush."), q.mistakes());
    OutputCheck check = assertInstanceOf(OutputCheck.class, q.check());
    assertEquals("hi", check.outputs().get("A"));
    assertEquals("", check.outputs().get("B"));
  }

  @Test
  void aKeyThatIsNoOptionIsReportedOnItsLine() {
    List<Problem> problems = problems(VALID.replace("key: A", "key: E"));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("sample.yaml:15: key 'E' is not one of the options A, B",
        problems.get(0).render());
  }

  @Test
  void aYamlSyntaxErrorNamesTheLineWhereParsingStopped() {
    String broken = VALID.replace("  A:\n", "  A:\n   - [unclosed\n");
    List<Problem> problems = problems(broken);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).render().startsWith("sample.yaml:"), problems.toString());
    assertTrue(problems.get(0).line() >= 8, problems.toString());
    assertTrue(problems.get(0).message().startsWith("not valid YAML"), problems.toString());
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    String text = VALID
        .replace("  B:\n", "  C:\n")
        .replace("    explanation: It prints its argument.\n", "")
        .replace("kind: output", "kind: output\n  colour: red");
    List<String> rendered = problems(text).stream().map(Problem::render).toList();
    assertEquals(List.of(
        "sample.yaml:8: 'explanation' is missing",
        "sample.yaml:10: option 'C' should be B: options are lettered A, B, C, ... in order",
        "sample.yaml:19: unknown field 'colour'; expected condition, kind"), rendered);
  }

  @Test
  void duplicateKeysAreRejected() {
    List<Problem> problems = problems(VALID.replace("key: A", "key: A\nkey: B"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("Duplicate field 'key'"), problems.toString());
    assertEquals(16, problems.get(0).line(), problems.toString());
  }

  @Test
  void anOutputCheckNeedsCode() {
    String text = VALID.replace("code: |\n  System.out.println(\"hi\");\n", "");
    List<Problem> problems = problems(text);
    assertEquals(List.of("sample.yaml:17: a check of kind 'output' runs the question's code, but"
        + " the question has no code"), problems.stream().map(Problem::render).toList());
  }

  @Test
  void aScenarioCheckNeedsAScenarioForEveryOption() {
    String text = VALID.replace("check:\n  kind: output\n", """
        check:
          kind: scenario
          condition: it works
          measure: |
            expect all requests: failed 0
          scenarios:
            A: |
              send 10 requests
        """);
    List<Problem> problems = problems(text);
    assertEquals(List.of("sample.yaml:23: no scenario for option B: the check must run every"
        + " option"), problems.stream().map(Problem::render).toList());
  }

  @Test
  void scenarioTextKeepsTheFileLineOfItsFirstLine() throws Exception {
    String text = VALID.replace("check:\n  kind: output\n", """
        check:
          kind: scenario
          condition: it works
          setup: |
            # a comment
            send 10 requests
          measure: |
            expect all requests: failed 0
          scenarios:
            A: |
              send 1 requests
            B: send 2 requests
        """);
    ScenarioCheck check = (ScenarioCheck) QuestionReader.read("s.yaml", text).check();
    assertEquals(22, check.setup().firstLine());
    assertEquals(23, check.setup().fileLine(2));
    assertEquals(25, check.measure().firstLine());
    assertEquals(28, check.scenarios().get("A").firstLine());
    assertEquals(29, check.scenarios().get("B").firstLine());
  }

  @Test
  void anEmptyFileIsReported() {
    List<Problem> problems = problems("");
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).render().startsWith("sample.yaml:1: a question file must be"),
        problems.toString());
  }

  private static List<Problem> problems(String text) {
    return assertThrows(InvalidQuestionException.class,
        () -> QuestionReader.read("sample.yaml", text)).problems();
  }
}
