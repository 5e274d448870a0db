package org.bglab.lesson;

import java.util.List;

/**
 * A bglab command line written in a lesson, such as {@code bglab table --users 10,100}.
 *
 * @param text the line as written
 * @param args the arguments after {@code bglab}, split like a shell would
 * @param line the 1-based line in the lesson file
 */
public record CommandText(String text, List<String> args, int line) {

  /** A command line with an immutable copy of its arguments. */
  public CommandText {
    args = List.copyOf(args);
  }

  /** The line as a student types it from the checkout: {@code ./bglab ...}. */
  public String typed() {
    return "./" + text;
  }
}
