package org.bglab.lesson.terminal;

/** Text styles for the terminal, or none at all when colour is off. */
public record Palette(boolean colour) {

  /** Bold text. */
  public String bold(String text) {
    return style("1", text);
  }

  /** Dimmed text, for asides. */
  public String dim(String text) {
    return style("2", text);
  }

  /** Green text, for what went right. */
  public String good(String text) {
    return style("32", text);
  }

  /** Red text, for what went wrong. */
  public String bad(String text) {
    return style("31", text);
  }

  /** Cyan text, for code and commands. */
  public String code(String text) {
    return style("36", text);
  }

  /** {@code text} without any style codes. */
  public static String plain(String text) {
    return text.replaceAll("\u001B\\[[0-9;]*m", "");
  }

  private String style(String code, String text) {
    return colour ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
  }
}
