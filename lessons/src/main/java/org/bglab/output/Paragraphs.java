package org.bglab.output;

import org.bglab.cli.Terminal;
import org.bglab.lesson.terminal.Palette;
import org.bglab.lesson.terminal.TextWrap;

/** Prose wrapped to the width of a terminal, paragraph by paragraph, with an indent. */
public final class Paragraphs {

  private Paragraphs() {}

  /**
   * {@code text} with each paragraph (lines separated by a blank line) refilled to
   * {@code width} columns at word boundaries, every line starting with {@code indent}; lines that
   * start with two spaces are code ({@link TextWrap#paragraphs}).
   */
  public static String wrap(String text, String indent, int width) {
    return String.join("\n", TextWrap.paragraphs(text, width, indent,
        new Palette(Terminal.ansi().enabled()))) + "\n";
  }

  /** {@code text} wrapped as one list item: {@code "- "} after {@code indent}, then a hanging indent. */
  public static String bullet(String text, String indent, int width) {
    String body = wrap(text, indent + "  ", width);
    return indent + "- " + body.substring(indent.length() + 2);
  }
}
