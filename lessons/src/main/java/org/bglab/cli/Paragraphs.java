package org.bglab.cli;

import java.util.ArrayList;
import java.util.List;

/** Prose wrapped to the width of a terminal, paragraph by paragraph, with an indent. */
final class Paragraphs {

  /** The width prose is wrapped to. */
  static final int WIDTH = 88;

  private Paragraphs() {}

  /**
   * {@code text} with each paragraph (lines separated by a blank line) refilled to {@link #WIDTH}
   * columns, every line starting with {@code indent}; lines that start with spaces are kept as
   * they are.
   */
  static String wrap(String text, String indent) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : text.strip().split("\\R", -1)) {
      if (line.isBlank() || line.startsWith(" ")) {
        flush(paragraph, indent, out);
        out.add(line.isBlank() ? "" : indent + line);
      } else {
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    flush(paragraph, indent, out);
    return String.join("\n", out) + "\n";
  }

  /** {@code text} wrapped as one list item: {@code "- "} after {@code indent}, then a hanging indent. */
  static String bullet(String text, String indent) {
    String body = wrap(text, indent + "  ");
    return indent + "- " + body.substring(indent.length() + 2);
  }

  private static void flush(StringBuilder paragraph, String indent, List<String> out) {
    if (paragraph.length() == 0) {
      return;
    }
    StringBuilder line = new StringBuilder(indent);
    for (String word : paragraph.toString().split(" ")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        out.add(line.toString());
        line = new StringBuilder(indent);
      }
      line.append(line.length() > indent.length() ? " " : "").append(word);
    }
    out.add(line.toString());
    paragraph.setLength(0);
  }
}
