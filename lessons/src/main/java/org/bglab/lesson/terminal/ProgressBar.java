package org.bglab.lesson.terminal;

/** A bar like {@code [██████░░░░░░]  3/7} for how many lessons are done. */
public final class ProgressBar {

  private ProgressBar() {}

  /** The bar for {@code done} of {@code total}, {@code width} cells wide, with the count. */
  public static String render(int done, int total, int width, Palette palette) {
    int filled = total == 0 ? 0 : (int) Math.round((double) width * done / total);
    int percent = total == 0 ? 0 : (int) Math.round(100.0 * done / total);
    return "[" + palette.good("█".repeat(filled)) + "░".repeat(width - filled) + "]  "
        + done + "/" + total + " done (" + percent + "%)";
  }
}
