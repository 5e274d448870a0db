package org.bglab.lesson.progress;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far a student got with one lesson. */
public enum LessonStatus {
  /** Opened, not finished. */
  STARTED,
  /** Finished: every question answered right and the summary reached. */
  DONE;

  /** The word the progress file and {@code bglab progress} use: started or done. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status written as {@code word}, if it is one. */
  static Optional<LessonStatus> of(String word) {
    return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
  }
}
