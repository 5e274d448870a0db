package org.bglab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a POSIX shell does for the simple cases lessons
 * need: blanks separate words, single quotes keep everything literally, double quotes keep
 * blanks, a backslash outside single quotes escapes the next character.
 */
final class CommandLineSplitter {

  private CommandLineSplitter() {}

  /**
   * The words of {@code line}.
   *
   * @throws IllegalArgumentException when a quote is not closed or the line ends in a backslash
   */
  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\\') {
        if (i + 1 == line.length()) {
          throw new IllegalArgumentException("the line ends in a backslash");
        }
        word.append(line.charAt(++i));
        inWord = true;
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("a " + (quote == '"' ? "double" : "single")
          + " quote is not closed");
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
