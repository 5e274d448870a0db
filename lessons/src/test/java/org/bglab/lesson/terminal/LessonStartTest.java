package org.bglab.lesson.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.bglab.lesson.Curriculum;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.progress.Progress;
import org.bglab.simulator.input.InputError;
import org.junit.jupiter.api.Test;

/** Choosing where a sitting begins, without the command line. */
class LessonStartTest {

  private static final String NOW = "2026-01-01T00:00:00Z";
  private final Curriculum curriculum = Curriculum.read(Optional.empty()).curriculum();

  private Progress done(int lessons) {
    Progress progress = Progress.empty();
    for (Lesson lesson : curriculum.lessons().subList(0, lessons)) {
      progress = progress.answered(lesson.id(), Map.of(), true, NOW);
    }
    return progress;
  }

  @Test
  void nextIsTheFirstLessonNotDoneFromItsStart() {
    LessonStart start = LessonStart.choose(curriculum, done(2), "next").orElseThrow();
    assertEquals(3, start.number());
    assertEquals(curriculum.lessons().get(2), start.lesson());
    assertEquals(curriculum.lessons().size(), start.total());
    assertEquals(0, start.fromSection());
    assertFalse(start.resumed());
    assertEquals(start.lesson().questions(), start.questionsAhead());
    assertEquals(1, start.firstQuestionAhead());
  }

  @Test
  void nextTakesAStoppedLessonUpWhereItStoppedAndSkipsTheQuestionsBehind() {
    Lesson second = curriculum.lessons().get(1);
    int last = second.sections().size() - 1;
    Progress stopped = done(1).answered(second.id(), Map.of(), false, last, NOW);
    LessonStart start = LessonStart.choose(curriculum, stopped, "NEXT").orElseThrow();
    assertEquals(2, start.number());
    assertEquals(last, start.fromSection());
    assertTrue(start.resumed());
    int behind = second.questions().size() - start.questionsAhead().size();
    assertEquals(behind + 1, start.firstQuestionAhead());
    assertEquals(second.questions().subList(behind, second.questions().size()),
        start.questionsAhead());
  }

  @Test
  void aStoppedSectionPastTheEndIsClampedToTheLastSection() {
    Lesson first = curriculum.lessons().get(0);
    Progress stopped = Progress.empty().answered(first.id(), Map.of(), false, 999, NOW);
    LessonStart start = LessonStart.choose(curriculum, stopped, "next").orElseThrow();
    assertEquals(first.sections().size() - 1, start.fromSection());
  }

  @Test
  void aLessonNamedByNumberOrIdStartsAtItsBeginningEvenWhenStopped() {
    Lesson second = curriculum.lessons().get(1);
    Progress stopped = Progress.empty().answered(second.id(), Map.of(), false, 1, NOW);
    assertEquals(0, LessonStart.choose(curriculum, stopped, "2").orElseThrow().fromSection());
    assertEquals(2, LessonStart.choose(curriculum, stopped, second.id()).orElseThrow().number());
  }

  @Test
  void nextAfterEveryLessonIsEmptyAndAnUnknownLessonIsTheUsersToFix() {
    assertTrue(LessonStart.choose(curriculum, done(curriculum.lessons().size()), "next")
        .isEmpty());
    InputError unknown = assertThrows(InputError.class,
        () -> LessonStart.choose(curriculum, Progress.empty(), "99"));
    assertTrue(unknown.getMessage().startsWith("no lesson '99'; give a number from 1 to "
        + curriculum.lessons().size()), unknown.getMessage());
  }
}
