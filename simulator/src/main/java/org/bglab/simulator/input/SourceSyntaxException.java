package org.bglab.simulator.input;

/**
 * A line of a plain-text format (a scenario, a lesson, a question bank) that cannot be read. The
 * message names the place as {@code source:line:}, the form editors and compilers use, followed
 * by what is wrong, so that the author can jump straight to it. Like every {@link InputError} it
 * is the user's to fix.
 */
public class SourceSyntaxException extends InputError {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String problem;

  /**
   * A problem on {@code line} (counted from 1) of {@code source}.
   *
   * @param source the name of the text, usually its file name
   * @param line the line, counted from 1
   * @param problem what is wrong, without the place
   */
  public SourceSyntaxException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  /**
   * The name of the text, usually its file name.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The line, counted from 1.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }

  /**
   * What is wrong, without the place.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
