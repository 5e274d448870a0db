package org.bglab.lesson;

/** A small valid lesson to build test inputs from, with one piece replaceable. */
final class LessonText {

  static final String VALID = """
      # A test lesson

      Intro text.

      ## Objectives

      - Learn one thing.

      ## Try it

      ```bglab run
      bglab table --users 10,100
      ```

      ```hint
      Look at the table.
      ```

      ```question
      Which is right?
      A) This one.
         feedback: Good choice.
      B) That one.
         feedback: Not that.
      answer: A
      ```

      ## Summary

      - One thing learned.
      """;

  private LessonText() {}

  /** The valid lesson with {@code from} replaced by {@code to} (which must occur). */
  static String with(String from, String to) {
    if (!VALID.contains(from)) {
      throw new IllegalArgumentException("not in the test lesson: " + from);
    }
    return VALID.replace(from, to);
  }

  /** The 1-based line of the first line of {@code text} that contains {@code marker}. */
  static int lineOf(String text, String marker) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(marker)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line contains " + marker);
  }
}
