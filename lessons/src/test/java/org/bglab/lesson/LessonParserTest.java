package org.bglab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class LessonParserTest {

  private static final String FILE = "lessons/08-test.md";

  @Test
  void readsTheStructureOfAValidLesson() throws LessonFormatError {
    Lesson lesson = LessonParser.parse(FILE, "08-test.md", LessonText.VALID);

    assertEquals("test", lesson.id());
    assertEquals("A test lesson", lesson.title());
    assertEquals(List.of("Objectives", "Try it", "Summary"),
        lesson.sections().stream().map(Section::heading).toList());
    assertEquals(1, lesson.intro().size());
    LessonBlock.Experiment experiment = lesson.experiments().get(0);
    assertEquals(List.of("table", "--users", "10,100"), experiment.lines().get(0).args());
    assertEquals(LessonText.lineOf(LessonText.VALID, "bglab table"),
        experiment.lines().get(0).line());
    LessonBlock.Question question = lesson.questions().get(0);
    assertEquals("Which is right?", question.prompt());
    assertEquals("A", question.key());
    assertEquals("Not that.", question.choice("B").orElseThrow().explanation());
    assertEquals("Look at the table.", lesson.sections().get(1).hints().get(0).text());
  }

  @Test
  void joinsContinuationLinesOfOptionsAndFeedback() throws LessonFormatError {
    String text = LessonText.with("A) This one.\n   feedback: Good choice.",
        "A) This one,\n   told over two lines.\n   feedback: Good\n   choice.");
    LessonBlock.Question question =
        LessonParser.parse(FILE, "08-test.md", text).questions().get(0);
    assertEquals("This one, told over two lines.", question.choices().get(0).text());
    assertEquals("Good choice.", question.choices().get(0).explanation());
  }

  @Test
  void readsAChartDirective() throws LessonFormatError {
    String text = LessonText.with("```hint", """
        ```bglab chart
        data: bglab table --users 10..1e3 --format csv
        x: users
        y: operations
        series: strategy
        style: sparkline
        full: bglab chart --metric operations
        ```

        ```hint""");
    LessonBlock.Chart chart = LessonParser.parse(FILE, "08-test.md", text).charts().get(0);
    assertEquals("users", chart.x());
    assertEquals("strategy", chart.series().orElseThrow());
    assertEquals(ChartStyle.SPARKLINE, chart.style());
    assertEquals(List.of("chart", "--metric", "operations"), chart.fullChart().orElseThrow().args());
  }

  /** Each broken lesson, the line (found by a marker in the text) and words of the message. */
  static List<Arguments> malformed() {
    return List.of(
        broken(LessonText.with("# A test lesson", "A test lesson"), "A test lesson", "# Title"),
        broken(LessonText.with("## Objectives", "## Goals"), "## Goals", "Objectives"),
        broken(LessonText.with("- Learn one thing.", "Learn one thing."), "## Objectives", "list"),
        broken(LessonText.with("## Summary", "## Wrap-up"), "## Wrap-up", "Summary"),
        broken(LessonText.with("answer: A", ""), "```question", "answer"),
        broken(LessonText.with("answer: A", "answer: C"), "answer: C", "A to B"),
        broken(LessonText.with("   feedback: Not that.\n", ""), "B) That one.", "feedback"),
        broken(LessonText.with("B) That one.", "C) That one."), "C) That one.", "out of order"),
        broken(LessonText.with("Which is right?\n", ""), "```question", "prompt"),
        broken(LessonText.with("```bglab run", "```bglab runn"), "```bglab runn", "directive"),
        broken(LessonText.with("```bglab run", "```bglab run exit=x"), "```bglab run", "exit=N"),
        broken(LessonText.with("bglab table --users 10,100", "table --users 10"),
            "table --users 10", "starts with 'bglab'"),
        broken(LessonText.with("bglab table --users 10,100", "bglab simulate --seed 'x"),
            "--seed 'x", "quote"),
        broken(LessonText.with("bglab table --users 10,100", "bglab lesson next"),
            "bglab lesson next", "cannot run"),
        broken(LessonText.with("```hint\nLook at the table.\n```", "```hint\n```"),
            "```hint", "empty"),
        broken(LessonText.with("- Learn one thing.", "- Learn one thing.\n\n  ```question\n  Q?\n  ```"),
            "  ```question", "on its own"),
        broken(LessonText.with("```hint\nLook at the table.\n```", "```bglab chart\n"
            + "data: bglab table\nx: users\ny: operations\n```"), "data: bglab table", "CSV"),
        broken(LessonText.with("```hint\nLook at the table.\n```", "```bglab chart\n"
            + "data: bglab table --format csv\nx: users\ncolour: red\n```"), "colour: red", "key"),
        broken(LessonText.with("```hint\nLook at the table.\n```", "Just text."),
            "# A test lesson", "hint"),
        broken(LessonText.with("```bglab run\nbglab table --users 10,100\n```", ""),
            "# A test lesson", "experiment"),
        broken(LessonText.with("## Try it", "# Another title"), "# Another title", "one"));
  }

  private static Arguments broken(String text, String marker, String words) {
    return Arguments.of(text, LessonText.lineOf(text, marker), words);
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void reportsMalformedLessonsAsFileLineMessage(String text, int line, String words) {
    LessonFormatError error = assertThrows(LessonFormatError.class,
        () -> LessonParser.parse(FILE, "08-test.md", text));
    assertEquals(line, error.line(), error.getMessage());
    assertTrue(error.getMessage().startsWith(FILE + ":" + line + ": "), error.getMessage());
    assertTrue(error.problem().contains(words), error.getMessage());
  }

  @Test
  void rejectsFileNamesThatGiveNoId() {
    LessonFormatError error = assertThrows(LessonFormatError.class,
        () -> LessonParser.parse("x/My Lesson.md", "My Lesson.md", LessonText.VALID));
    assertEquals("x/My Lesson.md:1: ", error.getMessage().substring(0, 18));
  }

  @Test
  void takesTheIdFromTheFileName() {
    assertEquals("batching", LessonParser.idOf("03-batching.md").orElseThrow());
    assertEquals("my-topic", LessonParser.idOf("my-topic.md").orElseThrow());
    assertTrue(LessonParser.idOf("notes.txt").isEmpty());
  }
}
