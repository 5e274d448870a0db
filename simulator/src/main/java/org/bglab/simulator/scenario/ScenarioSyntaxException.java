package org.bglab.simulator.scenario;

/**
 * A scenario line that cannot be read. The message names the place as {@code source:line:}, the
 * form editors and compilers use, followed by what is wrong.
 */
public final class ScenarioSyntaxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String problem;

  /** A problem on {@code line} (counted from 1) of {@code source}. */
  public ScenarioSyntaxException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  /** The name of the scenario text, usually its file name. */
  public String source() {
    return source;
  }

  /** The line, counted from 1. */
  public int line() {
    return line;
  }

  /** What is wrong, without the place. */
  public String problem() {
    return problem;
  }
}
