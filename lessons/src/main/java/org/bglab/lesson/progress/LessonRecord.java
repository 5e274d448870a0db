package org.bglab.lesson.progress;

import java.util.Map;
import java.util.TreeMap;

/**
 * One lesson's entry in the progress file.
 *
 * @param status started or done
 * @param started when it was first opened (ISO-8601, UTC)
 * @param completed when it was first finished, or null
 * @param questions the result of each question the first time it was answered, by question
 *     number ("1", "2", ...): the first attempt is what counts
 * @param resumeSection the 0-based section where the student stopped, where {@code lesson next}
 *     takes up the lesson again; null when there is nothing to resume
 */
public record LessonRecord(LessonStatus status, String started, String completed,
    Map<String, QuestionRecord> questions, Integer resumeSection) {

  /** A record with a sorted, immutable copy of its question results. */
  public LessonRecord {
    if (status == null) {
      throw new IllegalArgumentException("a lesson entry needs a status");
    }
    questions = questions == null ? Map.of() : Map.copyOf(new TreeMap<>(questions));
  }
}
