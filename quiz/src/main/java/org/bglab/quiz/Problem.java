package org.bglab.quiz;

/**
 * One thing wrong with a question file, located in it: rendered as {@code file:line: message},
 * the form compilers use, so that an editor can jump to it.
 *
 * @param source the file the question came from, as shown to the user
 * @param line the 1-based line in that file, or 0 when the problem concerns the whole file
 * @param message what is wrong, in one line
 */
public record Problem(String source, int line, String message) {

  /** {@code file:line: message}, or {@code file: message} when no line applies. */
  public String render() {
    return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
  }
}
