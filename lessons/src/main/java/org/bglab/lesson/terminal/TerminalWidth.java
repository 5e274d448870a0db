package org.bglab.lesson.terminal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * How many columns the terminal has, so that text fills it and breaks between words. Asked of
 * the terminal itself ({@code stty size} on {@code /dev/tty}), because {@code $COLUMNS} is a
 * shell variable that bash does not export; {@code $COLUMNS} is used only when the terminal
 * cannot be asked. Output that does not go to a terminal is {@value #FALLBACK} columns wide, so
 * that it is the same wherever it is run.
 */
public final class TerminalWidth {

  /** The width when there is no terminal, or it does not say. */
  public static final int FALLBACK = 80;

  /** The narrowest width text is wrapped to, whatever the terminal says. */
  static final int NARROWEST = 40;

  private TerminalWidth() {}

  /**
   * The width to wrap to: the terminal's columns when standard input and output are a terminal,
   * else {@value #FALLBACK}.
   */
  public static int columns() {
    if (System.console() == null) {
      return FALLBACK;
    }
    OptionalInt asked = stty();
    if (asked.isPresent()) {
      return Math.max(NARROWEST, asked.getAsInt());
    }
    String variable = System.getenv("COLUMNS");
    if (variable != null && variable.matches("[0-9]{1,4}")) {
      return Math.max(NARROWEST, Integer.parseInt(variable));
    }
    return FALLBACK;
  }

  /** The columns {@code stty size} reports for {@code /dev/tty}, if it can be asked. */
  private static OptionalInt stty() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return OptionalInt.empty();
    }
    try {
      Process stty = new ProcessBuilder("stty", "size")
          .redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!stty.waitFor(1, TimeUnit.SECONDS)) {
        stty.destroyForcibly();
        return OptionalInt.empty();
      }
      String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
          .strip().split("\\s+");
      if (stty.exitValue() == 0 && size.length == 2 && size[1].matches("[0-9]{1,4}")
          && Integer.parseInt(size[1]) > 0) {
        return OptionalInt.of(Integer.parseInt(size[1]));
      }
    } catch (IOException ex) {
      // No stty here (Windows): fall back.
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
    return OptionalInt.empty();
  }
}
