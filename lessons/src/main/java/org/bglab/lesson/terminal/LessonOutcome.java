package org.bglab.lesson.terminal;

import java.util.Map;
import org.bglab.lesson.progress.QuestionRecord;

/**
 * How a run of a lesson ended.
 *
 * @param finished whether the student reached the end with every question answered right
 * @param questions the result of each question asked, by question number ("1", "2", ...)
 * @param stoppedAt the 0-based section to take up again when it did not finish
 */
public record LessonOutcome(
    boolean finished, Map<String, QuestionRecord> questions, int stoppedAt) {

  /** An outcome with an immutable copy of the results. */
  public LessonOutcome {
    questions = Map.copyOf(questions);
  }
}
