package org.bglab.lesson;

import org.bglab.simulator.input.SourceSyntaxException;

/**
 * A lesson file that breaks the lesson format. Its message reads {@code file:line: message}, so
 * the instructor can jump straight to the place.
 */
public final class LessonFormatError extends SourceSyntaxException {

  private static final long serialVersionUID = 1L;

  /** A format error at 1-based {@code line} of {@code source}. */
  public LessonFormatError(String source, int line, String problem) {
    super(source, line, problem);
  }
}
