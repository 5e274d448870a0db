package org.bglab.lesson;

import java.util.List;
import java.util.Optional;

/**
 * Runs and checks bglab command lines for lessons, so lessons depend on the command-line
 * contract only. The application supplies one that runs bglab in the same process.
 */
public interface Commands {

  /**
   * What one command printed and how it ended.
   *
   * @param exitCode the command's exit code
   * @param out what it wrote to stdout
   * @param err what it wrote to stderr
   */
  record Outcome(int exitCode, String out, String err) {}

  /** Runs bglab with {@code args} (the words after {@code bglab}) and returns what it did. */
  Outcome run(List<String> args);

  /** Why {@code args} would be rejected by bglab's parser, or empty when they parse. */
  Optional<String> parseProblem(List<String> args);
}
