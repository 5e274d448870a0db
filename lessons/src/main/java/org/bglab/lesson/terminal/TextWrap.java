package org.bglab.lesson.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Wrapping to the terminal's width, measuring text as it shows (colour codes take no room), and
 * breaking only between words: prose at spaces, code where Java code may be broken, a shell
 * command at spaces with a {@code \} continuation. A word longer than a line gets a line of its
 * own rather than being cut.
 */
public final class TextWrap {

  private static final String CONTINUATION = "        ";

  private TextWrap() {}

  /**
   * {@code text} broken into lines of at most {@code width} visible characters (a longer word
   * gets a line of its own); the first line starts with {@code first}, the others with
   * {@code rest}. A line break in {@code text} starts a new line.
   */
  public static List<String> wrap(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    for (String paragraphLine : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder(lines.isEmpty() ? first : rest);
      int length = Palette.plain(line.toString()).length();
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

  /**
   * {@code text} as paragraphs after {@code indent}: lines separated by a blank line are one
   * paragraph, refilled to {@code width} at word boundaries; a line that starts with two spaces
   * is code, broken only where code may be and styled as code; blank lines are kept.
   */
  public static List<String> paragraphs(String text, int width, String indent, Palette palette) {
    List<String> lines = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : text.strip().split("\\R", -1)) {
      boolean code = line.startsWith("  ");
      if (code || line.isBlank()) {
        refill(paragraph, width, indent, lines);
      }
      if (code) {
        code(line.substring(2), width, indent + "  ").forEach(piece -> lines.add(
            indent + palette.code(piece.substring(indent.length()))));
      } else if (line.isBlank()) {
        lines.add("");
      } else {
        paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
      }
    }
    refill(paragraph, width, indent, lines);
    return lines;
  }

  private static void refill(StringBuilder paragraph, int width, String indent,
      List<String> lines) {
    if (paragraph.length() > 0) {
      lines.addAll(wrap(paragraph.toString(), width, indent, indent));
      paragraph.setLength(0);
    }
  }

  /**
   * {@code line} after {@code first}, broken at spaces only where it does not fit, keeping the
   * spacing inside each piece (so that columns of a table stay aligned where they fit); the
   * continuation lines start with {@code rest}. A line that does not fit loses its colour codes;
   * a rule (a line of {@code ─}, as under a table's header) is shortened to fit instead.
   */
  public static List<String> fold(String line, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    String lead = first;
    String text = line;
    if (Palette.plain(lead).length() + Palette.plain(text).length() > width) {
      text = Palette.plain(text);
      int room = width - Palette.plain(lead).length();
      if (text.matches(" *─+") && room > 0) {
        return List.of(lead + text.substring(0, Math.min(text.length(), room)));
      }
    }
    while (Palette.plain(lead).length() + text.length() > width) {
      int room = width - Palette.plain(lead).length();
      int cut = text.lastIndexOf(' ', room);
      while (cut > 0 && text.charAt(cut - 1) == ' ') {
        cut--;
      }
      if (cut <= 0 || text.substring(0, cut).isBlank()) {
        break;
      }
      lines.add(lead + text.substring(0, cut));
      text = text.substring(cut).stripLeading();
      lead = rest;
    }
    lines.add(lead + text);
    return lines;
  }

  /**
   * One line of Java code after {@code indent}, broken where it does not fit: after a space, a
   * comma or an opening parenthesis, or before a dot, outside string literals where possible,
   * with the rest indented eight more columns, as code is continued by hand. The pieces are not
   * styled; style each one.
   */
  public static List<String> code(String line, int width, String indent) {
    List<String> lines = new ArrayList<>();
    String leading = line.substring(0, line.length() - line.stripLeading().length());
    String lead = indent;
    String rest = line;
    while (lead.length() + rest.length() > width) {
      int cut = codeBreak(rest, width - lead.length(), true);
      if (cut < 0) {
        cut = codeBreak(rest, width - lead.length(), false);
      }
      if (cut < 0) {
        break;
      }
      lines.add(lead + rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
      lead = indent + leading + CONTINUATION;
    }
    lines.add(lead + rest);
    return lines;
  }

  /**
   * A shell command after {@code first}, broken at spaces outside quotes where it does not fit,
   * each broken line ending in {@code \} so that the lines still paste as one command; the
   * others start with {@code rest}. The pieces are not styled.
   */
  public static List<String> command(String command, int width, String first, String rest) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote == 0 && c == ' ') {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        continue;
      }
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
      word.append(c);
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String lead = first;
    for (int i = 0; i < words.size(); i++) {
      String next = words.get(i);
      boolean last = i == words.size() - 1;
      int room = width - lead.length() - (last ? 0 : 2);
      if (line.length() > 0 && line.length() + 1 + next.length() > room) {
        lines.add(lead + line + " \\");
        line.setLength(0);
        lead = rest;
      }
      line.append(line.length() > 0 ? " " : "").append(next);
    }
    lines.add(lead + line);
    return lines;
  }

  /**
   * Where the continuation of {@code code} starts so that the part before it fits in
   * {@code room}; -1 when nowhere. With {@code outsideLiterals}, never inside a string or char
   * literal.
   */
  private static int codeBreak(String code, int room, boolean outsideLiterals) {
    int start = code.length() - code.stripLeading().length();
    int best = -1;
    char literal = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean inside = literal != 0;
      if (inside && c == '\\') {
        i++;
        continue;
      }
      if (literal == 0 && (c == '"' || c == '\'')) {
        literal = c;
      } else if (c == literal) {
        literal = 0;
      }
      if (i <= start || (inside && outsideLiterals)) {
        continue;
      }
      char before = code.charAt(i - 1);
      boolean breakable = outsideLiterals
          ? before == ' ' || before == ',' || before == '(' || c == '.' && !inside
          : before == ' ';
      if (breakable && code.substring(0, i).stripTrailing().length() <= room) {
        best = i;
      }
    }
    return best;
  }
}
