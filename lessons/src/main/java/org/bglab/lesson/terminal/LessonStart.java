package org.bglab.lesson.terminal;

import java.util.List;
import java.util.Optional;
import org.bglab.lesson.Curriculum;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.LessonBlock;
import org.bglab.lesson.progress.Progress;
import org.bglab.simulator.input.InputError;

/**
 * Where a sitting of a lesson begins: which lesson, its place in the curriculum, and the section
 * it starts at, which is where the student stopped when {@code next} takes a lesson up again.
 *
 * @param lesson the lesson taken
 * @param number its number in the curriculum, from 1
 * @param total how many lessons the curriculum has
 * @param fromSection the 0-based section the sitting starts at
 */
public record LessonStart(Lesson lesson, int number, int total, int fromSection) {

  /** The word that asks for the first lesson not done yet. */
  public static final String NEXT = "next";

  /**
   * The lesson {@code which} names: a number, an id, or {@code next} (the first lesson not done,
   * taken up at the section where it stopped).
   *
   * @return the start, or empty when {@code next} was asked and every lesson is done
   * @throws InputError when no lesson has that number or id
   */
  public static Optional<LessonStart> choose(Curriculum curriculum, Progress progress,
      String which) {
    boolean next = which.equalsIgnoreCase(NEXT);
    Optional<Lesson> chosen = next
        ? curriculum.next(progress.done()) : curriculum.find(which);
    if (chosen.isEmpty()) {
      if (next) {
        return Optional.empty();
      }
      throw new InputError("no lesson '" + which + "'; give a number from 1 to "
          + curriculum.lessons().size() + ", a lesson id, or next (bglab lessons lists"
          + " them)");
    }
    Lesson lesson = chosen.get();
    int from = next ? progress.resumeSection(lesson.id()).orElse(0) : 0;
    from = Math.max(0, Math.min(from, lesson.sections().size() - 1));
    return Optional.of(new LessonStart(lesson, curriculum.numberOf(lesson),
        curriculum.lessons().size(), from));
  }

  /** Whether the sitting takes the lesson up after its first section. */
  public boolean resumed() {
    return fromSection > 0;
  }

  /** The questions this sitting asks: those of the sections from {@link #fromSection} on. */
  public List<LessonBlock.Question> questionsAhead() {
    return lesson.sections().subList(fromSection, lesson.sections().size()).stream()
        .flatMap(s -> s.blocks().stream())
        .filter(LessonBlock.Question.class::isInstance).map(LessonBlock.Question.class::cast)
        .toList();
  }

  /** The lesson's number of the first question this sitting asks, from 1. */
  public int firstQuestionAhead() {
    return lesson.questions().size() - questionsAhead().size() + 1;
  }
}
