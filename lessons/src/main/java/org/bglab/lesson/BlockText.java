package org.bglab.lesson;

import java.util.List;

/**
 * The body of a fenced directive block with its position: line {@code i} of {@link #lines()}
 * sits on line {@code firstLine + i} of the lesson file.
 *
 * @param source the lesson file, as named in messages
 * @param firstLine the 1-based file line of the first body line
 * @param lines the body's lines
 */
record BlockText(String source, int firstLine, List<String> lines) {

  static BlockText of(String source, int fenceLine, String literal) {
    String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    return new BlockText(source, fenceLine + 1, body.isEmpty() ? List.of() : List.of(body.split("\n", -1)));
  }

  /** A format error at body line {@code index}. */
  LessonFormatError error(int index, String problem) {
    return new LessonFormatError(source, firstLine + index, problem);
  }

  /** A format error about the block as a whole, placed on its opening fence. */
  LessonFormatError errorAtFence(String problem) {
    return new LessonFormatError(source, firstLine - 1, problem);
  }
}
