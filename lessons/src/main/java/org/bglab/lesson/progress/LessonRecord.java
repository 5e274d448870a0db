package org.bglab.lesson.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.TreeMap;

/**
 * One lesson's entry in the progress file.
 *
 * @param status started or done
 * @param started when it was first opened (ISO-8601, UTC)
 * @param completed when it was first finished, or null
 * @param questions the last result of each question, by question number ("1", "2", ...)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LessonRecord(
    LessonStatus status, String started, String completed, Map<String, QuestionRecord> questions) {

  /** A record with a sorted, immutable copy of its question results. */
  public LessonRecord {
    if (status == null) {
      throw new IllegalArgumentException("a lesson entry needs a status");
    }
    questions = questions == null ? Map.of() : Map.copyOf(new TreeMap<>(questions));
  }
}
