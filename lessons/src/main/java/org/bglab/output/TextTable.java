package org.bglab.output;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text table with aligned columns: a column whose body cells are all numbers is
 * right-aligned, any other column left-aligned. Header lines are separated from the body by a
 * rule.
 */
public final class TextTable {

  private static final String GAP = "  ";
  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?( ?[a-zA-Z%µ/]{0,3})?");

  private final List<List<String>> headers = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> rulesBeforeRow = new ArrayList<>();
  private final List<List<String>> footers = new ArrayList<>();
  private int rightAlignedFrom = Integer.MAX_VALUE;

  /** Adds a header line. */
  public TextTable header(String... cells) {
    headers.add(List.of(cells));
    return this;
  }

  /** Adds a body row. */
  public TextTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  /**
   * Adds a footer line, drawn below the body after a rule, such as a total or a summary. Footers
   * are aligned with their columns but do not decide whether a column is numeric.
   */
  public TextTable footer(String... cells) {
    footers.add(List.of(cells));
    return this;
  }

  /** Draws a rule before the next body row. */
  public TextTable rule() {
    rulesBeforeRow.add(rows.size());
    return this;
  }

  /** Right-aligns every column from {@code column} on, whatever its cells hold. */
  public TextTable rightAlignFrom(int column) {
    rightAlignedFrom = column;
    return this;
  }

  /** The table as lines joined by {@code \n}, with a final newline. */
  public String render() {
    int columns = 0;
    for (List<String> line : all()) {
      columns = Math.max(columns, line.size());
    }
    int[] widths = new int[columns];
    for (List<String> line : all()) {
      for (int c = 0; c < line.size(); c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    String ruleLine = "─".repeat(total + GAP.length() * Math.max(0, columns - 1));
    boolean[] right = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      right[c] = !rows.isEmpty() || c >= rightAlignedFrom;
      for (List<String> row : rows) {
        right[c] &= c >= rightAlignedFrom
            || c < row.size() && NUMBER.matcher(row.get(c)).matches();
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> header : headers) {
      appendLine(out, header, widths, right);
    }
    if (!headers.isEmpty()) {
      out.append(ruleLine).append('\n');
    }
    for (int r = 0; r < rows.size(); r++) {
      if (rulesBeforeRow.contains(r)) {
        out.append(ruleLine).append('\n');
      }
      appendLine(out, rows.get(r), widths, right);
    }
    if (!footers.isEmpty()) {
      out.append(ruleLine).append('\n');
      footers.forEach(footer -> appendLine(out, footer, widths, right));
    }
    return out.toString();
  }

  private List<List<String>> all() {
    List<List<String>> all = new ArrayList<>(headers);
    all.addAll(rows);
    all.addAll(footers);
    return all;
  }

  private static void appendLine(
      StringBuilder out, List<String> cells, int[] widths, boolean[] right) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append(GAP);
      }
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      line.append(right[c] ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
