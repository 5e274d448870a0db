package org.bglab.lesson;

/**
 * A lesson file that breaks the lesson format. Its message reads {@code file:line: message}, the
 * form editors and compilers use, so the instructor can jump straight to the place.
 */
public final class LessonFormatError extends Exception {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String problem;

  /** A format error at 1-based {@code line} of {@code source}. */
  public LessonFormatError(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  /** The file, as named in the message. */
  public String source() {
    return source;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }
}
