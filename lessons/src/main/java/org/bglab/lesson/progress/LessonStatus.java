package org.bglab.lesson.progress;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far a student got with one lesson. */
public enum LessonStatus {
  /** Opened, not finished. */
  @JsonProperty("started")
  STARTED,
  /** Finished: every question answered right and the summary reached. */
  @JsonProperty("done")
  DONE
}
