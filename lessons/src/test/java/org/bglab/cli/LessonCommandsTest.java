package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bglab.lesson.CommandText;
import org.bglab.lesson.Curriculum;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.LessonBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled lesson taken end to end through the command line, with scripted answers. */
class LessonCommandsTest {

  @TempDir Path home;
  private StudentHome student;

  @BeforeEach
  void useTemporaryHome() {
    student = StudentHome.at(home);
  }

  @AfterEach
  void restoreHome() {
    student.close();
  }

  static Stream<Lesson> lessons() {
    return Curriculum.read(Optional.empty()).curriculum().lessons().stream();
  }

  static String keys(Lesson lesson) {
    return lesson.questions().stream().map(q -> String.valueOf(q.key()))
        .collect(Collectors.joining(","));
  }

  private JsonNode progressFile() throws IOException {
    return new ObjectMapper().readTree(home.resolve("progress.json").toFile());
  }

  @ParameterizedTest
  @MethodSource("lessons")
  void everyLessonRunsEndToEndAndIsRecordedAsDone(Lesson lesson) throws IOException {
    int number = Curriculum.read(Optional.empty()).curriculum().numberOf(lesson);

    CliRun run = CliRun.of("lesson", lesson.id(), "--answers", keys(lesson));

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("✔ Lesson " + number + " done"), run.out());
    assertEquals("done", progressFile().at("/lessons/" + lesson.id() + "/status").asText());
    for (LessonBlock.Experiment experiment : lesson.experiments()) {
      for (CommandText line : experiment.lines()) {
        CliRun alone = CliRun.of(line.args().toArray(String[]::new));
        assertEquals(experiment.expectedExit(), alone.exitCode(), line.text() + ": " + alone.err());
        // A command too wide for the 80 columns goes on after a backslash, as in a shell.
        assertTrue(run.out().replace(" \\\n      ", " ").contains("$ ./" + line.text()),
            line.text());
        // A line too wide for the 80 columns goes on after ┆, broken at a run of spaces; a
        // rule under a table header is shortened to fit.
        String shown = run.out().replace("\n  ┆   ", " ").replaceAll(" +", " ");
        String[] paragraphs = alone.out().split("\n\n");
        for (int p = 0; p < paragraphs.length; p++) {
          String heading = paragraphs[p].strip();
          boolean named = experiment.parts().stream().anyMatch(heading::startsWith);
          if (p > 0 && !experiment.parts().isEmpty() && !named) {
            continue;
          }
          for (String each : paragraphs[p].split("\n")) {
            String printed = each.matches("─+") ? each.substring(0, Math.min(each.length(), 76))
                : each;
            assertTrue(shown.contains(("  │ " + printed).stripTrailing().replaceAll(" +", " ")),
                line.text() + " output line missing from the lesson: " + printed);
          }
        }
        if (!experiment.parts().isEmpty()) {
          assertTrue(run.out().replaceAll("\\s+", " ").contains("shown; the full report:"),
              line.text());
        }
      }
    }
    assertFalse(run.out().contains("This run ended with exit code"),
        "every experiment ends with the exit code its lesson expects");
    for (LessonBlock.Chart chart : lesson.charts()) {
      assertTrue(run.out().contains(chart.y() + " against " + chart.x() + ", log scale"),
          run.out());
      CliRun data = CliRun.of(chart.data().args().toArray(String[]::new));
      assertEquals(0, data.exitCode(), chart.data().text());
    }
    assertFalse(run.out().contains("could not be drawn"), run.out());
  }

  @Test
  void everyCommandLineInTheLessonsParses() {
    InProcessCommands commands = new InProcessCommands();
    for (Lesson lesson : lessons().toList()) {
      for (CommandText command : lesson.commandLines()) {
        assertEquals(Optional.empty(), commands.parseProblem(command.args()),
            lesson.source() + ":" + command.line());
      }
    }
  }

  @Test
  void theListMarksDoneLessonsAndTheNextOne() {
    CliRun first = CliRun.of("lessons");
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains("0/7 done"), first.out());

    Lesson one = lessons().findFirst().orElseThrow();
    CliRun.of("lesson", "1", "--answers", keys(one));
    CliRun after = CliRun.of("lessons");

    String[] lines = after.out().split("\n");
    assertTrue(after.out().contains("1/7 done"), after.out());
    assertTrue(lineWith(lines, " 1  two-environments").contains("✔"), after.out());
    assertTrue(lineWith(lines, " 2  counting-the-switch").contains("← next"), after.out());
  }

  private static String lineWith(String[] lines, String part) {
    return Stream.of(lines).filter(l -> l.contains(part)).findFirst().orElseThrow();
  }

  @Test
  void lessonNextTakesTheFirstUnfinishedLessonAndStoppingEarlyIsRecordedAsStarted()
      throws IOException {
    CliRun.of("lesson", "next", "--answers", keys(lessons().findFirst().orElseThrow()));

    CliRun stopped = CliRun.of("lesson", "next", "--answers", "q");

    assertEquals(0, stopped.exitCode(), stopped.err());
    assertTrue(stopped.out().contains("Lesson 2 of 7"), stopped.out());
    assertTrue(stopped.out().contains("lesson 2 is not done yet"), stopped.out());
    assertEquals("started", progressFile().at("/lessons/counting-the-switch/status").asText());
    assertTrue(CliRun.of("lessons").out().contains("◐  2"));
  }

  @Test
  void progressShowsResultsAndResetKeepsABackup() {
    CliRun.of("lesson", "1", "--answers", "A," + keys(lessons().findFirst().orElseThrow()));
    CliRun shown = CliRun.of("progress");
    assertEquals(0, shown.exitCode(), shown.err());
    assertTrue(shown.out().contains("1 two-environments  done"), shown.out());
    assertTrue(shown.out().contains("1 of 2"), shown.out());
    assertTrue(shown.out().contains(home.resolve("progress.json").toString()), shown.out());

    CliRun reset = CliRun.of("progress", "--reset");

    assertEquals(0, reset.exitCode(), reset.err());
    assertTrue(Files.exists(home.resolve("progress.json.bak")));
    assertTrue(CliRun.of("lessons").out().contains("0/7 done"));
  }

  @Test
  void theWelcomeSaysWhatToTypeNextForNewAndReturningStudents() {
    CliRun fresh = CliRun.of();
    assertEquals(0, fresh.exitCode(), fresh.err());
    assertTrue(fresh.out().contains("./bglab lesson next"), fresh.out());
    assertTrue(fresh.out().contains("lesson 1: Why two environments"), fresh.out());

    CliRun.of("lesson", "1", "--answers", keys(lessons().findFirst().orElseThrow()));
    CliRun back = CliRun.of();
    assertTrue(back.out().contains("1/7 done"), back.out());
    assertTrue(back.out().contains("lesson 2: Counting the work in a switch"), back.out());
  }

  @Test
  void aCorruptProgressFileIsMovedAsideWithAWarningAndLessonsGoOn() throws IOException {
    Files.writeString(home.resolve("progress.json"), "{\"format\": 1, \"lessons\": {");

    CliRun listed = CliRun.of("lessons");

    assertEquals(0, listed.exitCode());
    assertTrue(listed.err().startsWith("bglab: warning: the progress file"), listed.err());
    assertTrue(listed.err().contains("progress.json.corrupt-"), listed.err());
    try (Stream<Path> files = Files.list(home)) {
      Path aside = files.filter(f -> f.getFileName().toString().startsWith("progress.json.corrupt-"))
          .findFirst().orElseThrow();
      assertEquals("{\"format\": 1, \"lessons\": {", Files.readString(aside));
    }
    CliRun lesson = CliRun.of("lesson", "1", "--answers", keys(lessons().findFirst().orElseThrow()));
    assertEquals(0, lesson.exitCode(), lesson.err());
    assertEquals("done", progressFile().at("/lessons/two-environments/status").asText());
  }

  @Test
  void instructorLessonsAreListedAndTaken() throws IOException {
    Path dir = Files.createDirectories(home.resolve("course"));
    Files.writeString(dir.resolve("08-our-topic.md"), """
        # Our own topic

        ## Objectives

        - Run one table.

        ## Try it

        ```bglab run
        bglab table --users 10,20
        ```

        ```hint
        Twenty is twice ten.
        ```

        ```question
        How many writes for 20 users, per user?
        A) 10
           feedback: That is the count for ten users.
        B) 20
           feedback: One per user.
        answer: B
        ```

        ## Summary

        Twenty users, twenty writes.
        """);

    CliRun list = CliRun.of("lessons", "--lessons", dir.toString());
    assertTrue(list.out().contains(" 8  our-topic"), list.out());
    CliRun taken = CliRun.of("lesson", "8", "--lessons", dir.toString(), "--answers", "A,B");
    assertEquals(0, taken.exitCode(), taken.err());
    assertTrue(taken.out().contains("That is the count for ten users."), taken.out());
    assertTrue(taken.out().contains("✔ Lesson 8 done: 0 of 1 question right the first time."),
        taken.out());
    CliRun valid = CliRun.of("lessons", "--validate", "--lessons", dir.toString());
    assertTrue(valid.out().contains("08-our-topic.md: 1 experiment, "), valid.out());
  }

  @Test
  void malformedLessonFilesAreReportedAsFileLineMessageWithExitCode2() throws IOException {
    Path dir = Files.createDirectories(home.resolve("course"));
    Path file = dir.resolve("09-broken.md");
    Files.writeString(file, "# Broken\n\n## Objectives\n\n- One.\n\n## Summary\n\nDone.\n");

    for (String command : List.of("lessons", "lesson", "progress")) {
      CliRun run = CliRun.of(command, "--lessons", dir.toString());
      assertEquals(2, run.exitCode(), command);
      assertEquals(file + ":1: the lesson has no 'bglab run' experiment; every lesson needs at"
          + " least one\n", run.err(), command);
    }
  }

  @Test
  void validationReportsACommandLineThatDoesNotParse() throws IOException {
    Path dir = Files.createDirectories(home.resolve("course"));
    Path file = dir.resolve("10-typo.md");
    String text = Files.readString(Path.of("src/test/resources/lessons/10-typo.md"));
    Files.writeString(file, text);
    int line = List.of(text.split("\n")).indexOf("bglab simulate --strategy per-user --userz 10") + 1;

    CliRun run = CliRun.of("lessons", "--validate", "--lessons", dir.toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.out().endsWith(" lessons read, 1 problem\n"), run.out());
    assertTrue(run.err().contains(file + ":" + line + ": 'bglab simulate --strategy per-user"
        + " --userz 10' is not a valid bglab command"), run.err());
  }

  @Test
  void theExampleInstructorLessonsAreValid() {
    Curriculum.Reading reading = Curriculum.read(Optional.of(Path.of("example-lessons")));
    assertEquals(List.of(), reading.errors().stream().map(Throwable::getMessage).toList());
    List<Lesson> theirs = reading.lessons().stream()
        .filter(l -> l.source().contains("example-lessons")).toList();
    assertEquals(1, theirs.size());
    assertEquals(List.of(), LessonValidation.problems(
        new Curriculum.Reading(theirs, List.of()), new InProcessCommands()));
  }

  @Test
  void badInputIsAUsageError() {
    CliRun answers = CliRun.of("lesson", "1", "--answers", "B,BB");
    assertEquals(2, answers.exitCode());
    assertTrue(answers.err().contains("--answers: item 2 is 'BB'"), answers.err());
    CliRun unknown = CliRun.of("lesson", "42");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("no lesson '42'"), unknown.err());
    CliRun noDir = CliRun.of("lessons", "--lessons", home.resolve("missing").toString());
    assertEquals(2, noDir.exitCode());
    assertTrue(noDir.err().contains("no such directory"), noDir.err());
  }

  @Test
  void answersArePipedOnStandardInputWhenItIsNotATerminal() throws IOException {
    Lesson one = lessons().findFirst().orElseThrow();
    String typed = one.questions().stream().map(q -> "A\n" + q.key() + "\n")
        .collect(Collectors.joining());
    java.io.InputStream before = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(typed.getBytes()));
      CliRun run = CliRun.of("lesson", "1");
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains("✔ Lesson 1 done"), run.out());
      System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
      CliRun atEof = CliRun.of("lesson", "2");
      assertEquals(0, atEof.exitCode(), atEof.err());
      assertTrue(atEof.out().contains("lesson 2 is not done yet"), atEof.out());
    } finally {
      System.setIn(before);
    }
    assertEquals("started", progressFile().at("/lessons/counting-the-switch/status").asText());
  }
}
