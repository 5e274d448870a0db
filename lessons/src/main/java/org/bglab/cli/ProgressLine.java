package org.bglab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bglab.output.Numbers;
import org.bglab.simulator.lab.SweepProgress;
import org.bglab.simulator.lab.SwitchMeasurement;

/**
 * A one-line progress report for long sweeps, redrawn in place on stderr, and only when stderr is
 * a terminal: a log file or a pipe never receives it.
 */
final class ProgressLine implements SweepProgress {

  /** Nothing is shown before this much time has passed: short sweeps stay silent. */
  private static final long QUIET_NANOS = 500_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private int width;

  private ProgressLine(PrintWriter err) {
    this.err = err;
  }

  /** A progress line on {@code err} if the process's stderr is a terminal, else silence. */
  static SweepProgress onTerminal(PrintWriter err) {
    return stderrIsTerminal() ? new ProgressLine(err) : SweepProgress.NONE;
  }

  @Override
  public void measured(SwitchMeasurement measurement, long done, long total) {
    long now = System.nanoTime();
    boolean finished = done >= total;
    if (finished) {
      clear();
      return;
    }
    if (now - started < QUIET_NANOS || now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    String text = String.format(java.util.Locale.ROOT, "sweeping: %3d%%  %s, n = %s",
        Math.round(100.0 * done / total), measurement.seriesLabel(),
        Numbers.count(measurement.users()));
    width = Math.max(width, text.length());
    err.print("\r" + text + " ".repeat(width - text.length()));
    err.flush();
  }

  private void clear() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  /**
   * Whether file descriptor 2 is a terminal. Java 17 cannot ask directly; on Linux the
   * descriptor's link names the device, elsewhere an interactive console is the best hint.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException ex) {
      // fall through to the console check
    }
    return System.console() != null;
  }
}
