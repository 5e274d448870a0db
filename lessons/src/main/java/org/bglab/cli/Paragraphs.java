package org.bglab.cli;

import java.util.ArrayList;
import java.util.List;
import org.bglab.lesson.terminal.TextWrap;

/** Prose wrapped to the width of a terminal, paragraph by paragraph, with an indent. */
final class Paragraphs {

  private Paragraphs() {}

  /**
   * {@code text} with each paragraph (lines separated by a blank line) refilled to
   * {@code width} columns at word boundaries, every line starting with {@code indent}; lines that
   * start with spaces are code and are broken only where code may be.
   */
  static String wrap(String text, String indent, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : text.strip().split("\\R", -1)) {
      if (line.isBlank() || line.startsWith(" ")) {
        flush(paragraph, indent, width, out);
        if (line.isBlank()) {
          out.add("");
        } else {
          out.addAll(TextWrap.code(line, width, indent));
        }
      } else {
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    flush(paragraph, indent, width, out);
    return String.join("\n", out) + "\n";
  }

  /** {@code text} wrapped as one list item: {@code "- "} after {@code indent}, then a hanging indent. */
  static String bullet(String text, String indent, int width) {
    String body = wrap(text, indent + "  ", width);
    return indent + "- " + body.substring(indent.length() + 2);
  }

  private static void flush(StringBuilder paragraph, String indent, int width, List<String> out) {
    if (paragraph.length() > 0) {
      out.addAll(TextWrap.wrap(paragraph.toString(), width, indent, indent));
      paragraph.setLength(0);
    }
  }
}
