package org.bglab.lesson.progress;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the progress file holds: one entry per lesson ever opened, including lessons that
 * are not loaded right now (an instructor's), so that nothing is dropped when it is rewritten.
 *
 * @param format the file format version, {@value #FORMAT}
 * @param lessons the lesson entries by lesson id
 */
public record Progress(int format, Map<String, LessonRecord> lessons) {

  /** The format version this build writes. */
  public static final int FORMAT = 1;

  /** Progress with a sorted, immutable copy of its entries. */
  public Progress {
    if (lessons == null) {
      throw new IllegalArgumentException("the progress file needs a 'lessons' object");
    }
    if (lessons.values().stream().anyMatch(r -> r == null)) {
      throw new IllegalArgumentException("a lesson entry is empty");
    }
    lessons = Map.copyOf(new TreeMap<>(lessons));
  }

  /** No lesson opened yet. */
  public static Progress empty() {
    return new Progress(FORMAT, Map.of());
  }

  /** The ids of the finished lessons. */
  public Set<String> done() {
    return lessons.entrySet().stream().filter(e -> e.getValue().status() == LessonStatus.DONE)
        .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
  }

  /** The status of lesson {@code id}, or null when it was never opened. */
  public LessonStatus statusOf(String id) {
    LessonRecord record = lessons.get(id);
    return record == null ? null : record.status();
  }

  /** This progress with lesson {@code id} marked started at {@code now}, unless already known. */
  public Progress started(String id, String now) {
    if (lessons.containsKey(id)) {
      return this;
    }
    return with(id, new LessonRecord(LessonStatus.STARTED, now, null, Map.of(), null));
  }

  /**
   * This progress with the {@code questions} of lesson {@code id} answered in one sitting; marked
   * done (and its first completion time kept) when {@code finished}. A question answered before
   * keeps its first result: the first attempt is what counts.
   */
  public Progress answered(
      String id, Map<String, QuestionRecord> questions, boolean finished, String now) {
    return answered(id, questions, finished, null, now);
  }

  /**
   * As {@link #answered(String, Map, boolean, String)}, remembering the 0-based section
   * {@code resumeSection} where an unfinished sitting stopped (null: nothing to resume).
   */
  public Progress answered(String id, Map<String, QuestionRecord> questions, boolean finished,
      Integer resumeSection, String now) {
    LessonRecord old = lessons.get(id);
    String started = old == null ? now : old.started();
    Map<String, QuestionRecord> merged = new TreeMap<>(questions);
    merged.putAll(old == null ? Map.of() : old.questions());
    boolean done = finished || (old != null && old.status() == LessonStatus.DONE);
    String completed = old != null && old.completed() != null ? old.completed()
        : finished ? now : null;
    return with(id, new LessonRecord(done ? LessonStatus.DONE : LessonStatus.STARTED, started,
        completed, merged, finished ? null : resumeSection));
  }

  /** Where lesson {@code id} stopped last time, if it stopped part-way. */
  public Optional<Integer> resumeSection(String id) {
    LessonRecord record = lessons.get(id);
    return record == null ? Optional.empty() : Optional.ofNullable(record.resumeSection());
  }

  private Progress with(String id, LessonRecord record) {
    Map<String, LessonRecord> copy = new TreeMap<>(lessons);
    copy.put(id, record);
    return new Progress(format, copy);
  }
}
