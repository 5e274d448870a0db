package org.bglab.jmh;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table built row by row. In a numeric table the first column is left-aligned and the
 * others right-aligned; in a text table every column is left-aligned.
 */
final class MarkdownTable {

  private final List<String> header;
  private final boolean numeric;
  private final List<List<String>> rows = new ArrayList<>();

  private MarkdownTable(List<String> header, boolean numeric) {
    this.header = List.copyOf(header);
    this.numeric = numeric;
  }

  /** A table of numbers labelled by its first column. */
  static MarkdownTable numeric(List<String> header) {
    return new MarkdownTable(header, true);
  }

  /** A table of text. */
  static MarkdownTable text(List<String> header) {
    return new MarkdownTable(header, false);
  }

  /** Adds one row, which must have as many cells as the header. */
  MarkdownTable row(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells, header has " + header.size());
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** The table as Markdown lines, ending with a newline. */
  String render() {
    StringBuilder text = new StringBuilder();
    line(text, header);
    List<String> rule = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      rule.add(i > 0 && numeric ? "---:" : "---");
    }
    line(text, rule);
    for (List<String> row : rows) {
      line(text, row);
    }
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> cells) {
    text.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
