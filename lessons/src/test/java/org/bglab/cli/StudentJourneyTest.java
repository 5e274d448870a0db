package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bglab.lesson.Curriculum;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.LessonBlock;
import org.bglab.lesson.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lessons as a student takes them over several sittings: stop, come back, answer again. */
class StudentJourneyTest {

  @TempDir Path home;
  private StudentHome student;
  private final List<Lesson> lessons = Curriculum.read(Optional.empty()).curriculum().lessons();

  @BeforeEach
  void useTemporaryHome() {
    student = StudentHome.at(home);
  }

  @AfterEach
  void restoreHome() {
    student.close();
  }

  private static String keys(Lesson lesson) {
    return lesson.questions().stream().map(q -> String.valueOf(q.key()))
        .collect(Collectors.joining(","));
  }

  /** The 0-based section that holds the lesson's first question. */
  private static int sectionOfFirstQuestion(Lesson lesson) {
    for (int s = 0; s < lesson.sections().size(); s++) {
      if (lesson.sections().get(s).blocks().stream()
          .anyMatch(LessonBlock.Question.class::isInstance)) {
        return s;
      }
    }
    throw new AssertionError("no question in " + lesson.id());
  }

  @Test
  void lessonNextTakesUpALessonWhereTheStudentStopped() {
    Lesson one = lessons.get(0);
    int stopped = sectionOfFirstQuestion(one);
    Section first = one.sections().get(0);

    CliRun stop = CliRun.of("lesson", "next", "--answers", "q");
    CliRun resumed = CliRun.of("lesson", "next", "--answers", keys(one));

    assertEquals(0, stop.exitCode(), stop.err());
    // the closing lines are folded to the width: read them as one paragraph
    assertTrue(stop.out().replaceAll("\\s+", " ")
        .contains("./bglab lesson next takes it up where you stopped"), stop.out());
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertTrue(resumed.out().contains("Taking up lesson 1 again at section " + (stopped + 1)),
        resumed.out());
    assertFalse(resumed.out().contains("── " + first.heading() + " "), resumed.out());
    assertTrue(resumed.out().contains("✔ Lesson 1 done"), resumed.out());

    CliRun fromStart = CliRun.of("lesson", "1", "--answers", "q");
    assertTrue(fromStart.out().contains("── " + first.heading() + " "), fromStart.out());
  }

  @Test
  void theFirstAttemptCountsAndALaterAnswerIsShownButDoesNotChangeTheScore() {
    Lesson one = lessons.get(0);
    LessonBlock.Question q1 = one.questions().get(0);
    String wrong = q1.key().equals("A") ? "B" : "A";
    int total = one.questions().size();

    CliRun.of("lesson", "1", "--answers", wrong + "," + keys(one));
    CliRun again = CliRun.of("lesson", "1", "--answers", keys(one));

    assertTrue(again.out().contains("to stop): " + q1.key() + "\n"), again.out());
    assertTrue(again.out().contains((total - 1) + " of " + total), again.out());
    assertTrue(CliRun.of("progress").out().contains((total - 1) + " of " + total));
  }

  @Test
  void progressCountsTheQuestionsAnsweredWhileALessonIsStarted() {
    Lesson one = lessons.get(0);
    CliRun.of("lesson", "1", "--answers", one.questions().get(0).key() + ",q");

    CliRun shown = CliRun.of("progress");

    assertTrue(shown.out().contains("1 two-environments  started  1 of 1"), shown.out());
  }

  @Test
  void afterTheLastLessonTheQuizIsNext() {
    Lesson last = lessons.get(lessons.size() - 1);
    CliRun run = CliRun.of("lesson", Integer.toString(lessons.size()), "--answers", keys(last));
    assertTrue(run.out().contains("That was the last lesson. Try the practice quiz with"
        + " ./bglab quiz"), run.out());
  }

  @Test
  void answersThatRunOutOrAreNotOptionsAreOneLineAndExitCode2() {
    Lesson one = lessons.get(0);
    LessonBlock.Question q1 = one.questions().get(0);
    char beyond = (char) (q1.lastLetter().charAt(0) + 1);

    for (String answers : List.of(String.valueOf(q1.key()), "h", beyond + "," + keys(one))) {
      CliRun run = CliRun.of("lesson", "1", "--answers", answers);
      assertEquals(2, run.exitCode(), answers);
      assertEquals("", run.out(), answers);
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("bglab lesson: --answers: "), run.err());
    }
    assertTrue(Files.notExists(home.resolve("progress.json")));
  }

  @Test
  void theListWithoutOptionsIsTheSameWithoutAndWithTheParser() {
    CliRun.of("lesson", "1", "--answers", "q");
    for (String command : List.of("lessons", "progress", "--version")) {
      CliRun quick = CliRun.of(command);
      CliRun parsed = CliRun.of(command, "--debug");
      assertEquals(parsed.out(), quick.out(), command);
      assertEquals(0, quick.exitCode(), command);
    }
  }

  @Test
  void helpNeverBreaksAPathAcrossLines() {
    for (Subcommands.Entry entry : Subcommands.ALL) {
      String help = CliRun.of(entry.name(), "--help").out();
      for (String line : help.split("\n")) {
        assertFalse(line.stripTrailing().matches(".*[~$][A-Za-z_/.]*/"), entry.name() + ": " + line);
      }
    }
    assertTrue(CliRun.of("progress", "--help").out().contains("~/.local/state/bglab"));
  }

  @Test
  void everySubcommandIsListedUnderTheNameItAnswersTo() {
    String help = CliRun.of("--help").out();
    for (Subcommands.Entry entry : Subcommands.ALL) {
      picocli.CommandLine line = new picocli.CommandLine(entry.command().get());
      assertEquals(entry.name(), line.getCommandName());
      boolean hidden = line.getCommandSpec().usageMessage().hidden();
      assertEquals(!hidden, help.contains("  " + entry.name() + " "), entry.name());
    }
    assertTrue(CliRun.of("completion").out().contains("simulate"));
  }
}
