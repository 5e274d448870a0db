package org.bglab.cli;

import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.ColorScheme;

/** Facts about the terminal bglab writes to: whether colour is allowed, and the colour scheme. */
public final class Terminal {

  private Terminal() {}

  /** Whether stdout is an interactive terminal. */
  public static boolean isInteractive() {
    return System.console() != null;
  }

  /** Colour on a terminal only, and never when {@code NO_COLOR} is set. */
  public static Ansi ansi() {
    String noColor = System.getenv("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return Ansi.OFF;
    }
    return isInteractive() ? Ansi.AUTO : Ansi.OFF;
  }

  /**
   * Whether to draw in colour: on a terminal, unless {@code NO_COLOR} is set or the terminal is
   * dumb. Unlike {@link #ansi()} it does not start the command-line parser's classes.
   */
  public static boolean colour() {
    String noColor = System.getenv("NO_COLOR");
    return (noColor == null || noColor.isEmpty()) && isInteractive()
        && !"dumb".equals(System.getenv("TERM"));
  }

  /** The help colour scheme, following {@link #ansi()}. */
  public static ColorScheme colorScheme() {
    return Help.defaultColorScheme(ansi());
  }

  /** {@code text} in bold when colour is on. */
  public static String bold(String text) {
    return ansi().string("@|bold " + text + "|@");
  }
}
