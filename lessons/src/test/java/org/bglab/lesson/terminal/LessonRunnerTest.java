package org.bglab.lesson.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bglab.lesson.Commands;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.LessonFormatError;
import org.bglab.lesson.LessonParser;
import org.bglab.lesson.progress.QuestionRecord;
import org.junit.jupiter.api.Test;

class LessonRunnerTest {

  private static final String LESSON = """
      # Runner test

      ## Objectives

      - Answer two questions.

      ## First

      ```bglab run
      bglab table --users 10
      ```

      ```hint
      The first hint.
      ```

      ```question
      First question?
      A) Wrong one.
         feedback: feedback-for-A
      B) Right one.
         feedback: feedback-for-B
      answer: B
      ```

      ## Second

      ```hint
      The second hint.
      ```

      ```question
      Second question?
      A) Right.
         feedback: feedback-2A
      B) Wrong.
         feedback: feedback-2B
      C) Also wrong.
         feedback: feedback-2C
      answer: A
      ```

      ## Summary

      Done.
      """;

  /** Commands that record what was run and print a fixed line. */
  private static final class FakeCommands implements Commands {
    final List<List<String>> runs = new ArrayList<>();

    @Override
    public Outcome run(List<String> args) {
      runs.add(args);
      return new Outcome(0, "fake output line\n", "");
    }

    @Override
    public Optional<String> parseProblem(List<String> args) {
      return Optional.empty();
    }
  }

  private final StringWriter text = new StringWriter();
  private final PrintWriter out = new PrintWriter(text, true);
  private final FakeCommands commands = new FakeCommands();

  private LessonOutcome run(Answers answers) throws LessonFormatError {
    Lesson lesson = LessonParser.parse("t.md", "09-runner-test.md", LESSON);
    return new LessonRunner(commands, answers, out, new Palette(false), 78).run(lesson, 9, 9);
  }

  @Test
  void scriptedAnswersFinishTheLessonWithFeedbackForEachAnswer() throws LessonFormatError {
    LessonOutcome outcome = run(Answers.scripted(List.of("A", "B", "h", "C", "A"), out));

    assertTrue(outcome.finished());
    assertEquals(Map.of("1", new QuestionRecord(2, true), "2", new QuestionRecord(2, true)),
        outcome.questions());
    String shown = text.toString();
    for (String expected : List.of("feedback-for-A", "feedback-for-B", "feedback-2C",
        "feedback-2A", "The second hint.", "fake output line", "$ ./bglab table --users 10",
        "── Summary", "Lesson 9 of 9: Runner test")) {
      assertTrue(shown.contains(expected), expected + " in\n" + shown);
    }
    assertFalse(shown.contains("feedback-2B"), shown);
    assertFalse(shown.contains("The first hint."), "hints are shown only when asked for");
    assertEquals(List.of(List.of("table", "--users", "10")), commands.runs);
  }

  @Test
  void runningOutOfScriptedAnswersStopsCleanly() throws LessonFormatError {
    LessonOutcome outcome = run(Answers.scripted(List.of("B"), out));
    assertFalse(outcome.finished());
    assertEquals(Map.of("1", new QuestionRecord(1, true)), outcome.questions());
    assertFalse(text.toString().contains("── Summary"));
  }

  @Test
  void pipedInputIsReadLineByLineAndEndOfInputStops() throws LessonFormatError {
    String input = "\n  \nZ\nb\n";
    LessonOutcome outcome =
        run(Answers.piped(new BufferedReader(new StringReader(input)), out));
    assertFalse(outcome.finished());
    assertEquals(Map.of("1", new QuestionRecord(1, true)), outcome.questions());
    assertTrue(text.toString().contains("'Z' is not one of the options"), text.toString());
  }

  @Test
  void qStopsAtAQuestion() throws LessonFormatError {
    LessonOutcome outcome = run(Answers.scripted(List.of("A", "q", "B"), out));
    assertFalse(outcome.finished());
    assertTrue(outcome.questions().isEmpty());
  }

  @Test
  void atATerminalSectionsWaitForEnterAndOfferTheHint() throws LessonFormatError {
    String input = "\nh\n\nB\nq\n";
    LessonOutcome outcome =
        run(Answers.typed(new BufferedReader(new StringReader(input)), out));
    assertFalse(outcome.finished());
    String shown = text.toString();
    assertTrue(shown.contains("[Enter: next section, q: stop]"), shown);
    assertTrue(shown.contains("Hint: The first hint."), shown);
    assertFalse(shown.contains("── Second"), "q at the pause stops before the next section");
  }
}
