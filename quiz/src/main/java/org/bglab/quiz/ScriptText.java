package org.bglab.quiz;

/**
 * A piece of scenario script taken from a question file, with where it starts there, so that a
 * problem found on line {@code i} of the script can be reported on its line in the file.
 *
 * @param text the script lines
 * @param source the question file
 * @param firstLine the file line holding the script's first line
 */
public record ScriptText(String text, String source, int firstLine) {

  /** An empty script. */
  public static ScriptText empty(String source) {
    return new ScriptText("", source, 0);
  }

  /** The file line of the script's line {@code scriptLine} (1-based). */
  public int fileLine(int scriptLine) {
    return firstLine <= 0 ? 0 : firstLine + scriptLine - 1;
  }
}
