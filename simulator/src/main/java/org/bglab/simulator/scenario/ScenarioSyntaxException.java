package org.bglab.simulator.scenario;

import org.bglab.simulator.input.SourceSyntaxException;

/** A scenario line that cannot be read, reported as {@code source:line: problem}. */
public final class ScenarioSyntaxException extends SourceSyntaxException {

  private static final long serialVersionUID = 1L;

  /**
   * A problem on {@code line} (counted from 1) of the scenario {@code source}.
   *
   * @param source the name of the scenario text, usually its file name
   * @param line the line, counted from 1
   * @param problem what is wrong, without the place
   */
  public ScenarioSyntaxException(String source, int line, String problem) {
    super(source, line, problem);
  }
}
