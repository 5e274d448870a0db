package org.bglab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line "still working" report for a long run whose engine reports no steps: what is
 * running and for how long, redrawn in place on stderr once a second after the first
 * {@link #QUIET_NANOS}, and only when stderr is a terminal. Closing it clears the line.
 */
final class RunningLine implements AutoCloseable {

  /** Nothing is shown before this much time has passed: short runs stay silent. */
  static final long QUIET_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService clock;
  private volatile String label = "";
  private int width;

  private RunningLine(PrintWriter err, boolean ticking) {
    this.err = err;
    if (ticking) {
      clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bglab-running-line");
        thread.setDaemon(true);
        return thread;
      });
      clock.scheduleAtFixedRate(() -> tick(System.nanoTime() - started), 1, 1, TimeUnit.SECONDS);
    } else {
      clock = null;
    }
  }

  /** A line on {@code err} when the process's stderr is a terminal, else one that stays silent. */
  static RunningLine onTerminal(PrintWriter err) {
    return new RunningLine(err, ProgressLine.stderrIsTerminal());
  }

  /** A line that draws only when {@link #tick} is called: for tests. */
  static RunningLine manual(PrintWriter err) {
    return new RunningLine(err, false);
  }

  /** What is running now, such as {@code simulating canary}. */
  void now(String what) {
    label = what;
  }

  /** Redraws the line for {@code elapsedNanos} since the start. */
  synchronized void tick(long elapsedNanos) {
    if (elapsedNanos < QUIET_NANOS || label.isEmpty()) {
      return;
    }
    String text = label + ": " + elapsedNanos / 1_000_000_000L + " s";
    width = Math.max(width, text.length());
    err.print("\r" + text + " ".repeat(width - text.length()));
    err.flush();
  }

  @Override
  public synchronized void close() {
    if (clock != null) {
      clock.shutdownNow();
    }
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
