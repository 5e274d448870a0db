package org.bglab.lesson.terminal;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping that measures text as it shows, ignoring colour codes. */
final class TextWrap {

  private TextWrap() {}

  /**
   * {@code text} broken into lines of at most {@code width} visible characters (a longer word
   * gets a line of its own); the first line starts with {@code first}, the others with
   * {@code rest}.
   */
  static List<String> wrap(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    for (String paragraphLine : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder(lines.isEmpty() ? first : rest);
      int prefix = Palette.plain(line.toString()).length();
      int length = prefix;
      boolean empty = true;
      for (String word : paragraphLine.split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        int visible = Palette.plain(word).length();
        if (!empty && length + 1 + visible > width) {
          lines.add(line.toString());
          line = new StringBuilder(rest);
          length = Palette.plain(rest).length();
          empty = true;
        }
        if (!empty) {
          line.append(' ');
          length++;
        }
        line.append(word);
        length += visible;
        empty = false;
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
