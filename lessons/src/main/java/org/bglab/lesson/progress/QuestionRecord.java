package org.bglab.lesson.progress;

/**
 * How one question went the last time the lesson was taken.
 *
 * @param attempts answers given, the right one included
 * @param right whether the right answer was given in the end
 */
public record QuestionRecord(int attempts, boolean right) {

  /** Whether the first answer was right. */
  public boolean firstTime() {
    return right && attempts == 1;
  }
}
