package org.bglab.benchmarks.command;

import java.io.IOException;

/** Runs the body of a tool's {@code main}, turning bad input into one stderr line and exit 2. */
public final class ToolRun {

  private ToolRun() {}

  /** The body of a tool, which may fail on bad input or on writing its output. */
  @FunctionalInterface
  public interface Body {
    /** Does the tool's work. */
    void run() throws IOException;
  }

  /**
   * Runs {@code body}; on a {@link CommandLineError} or an {@link IOException} prints
   * {@code tool: message} on stderr and exits with code 2, without a stack trace.
   */
  public static void run(String tool, Body body) {
    try {
      body.run();
    } catch (CommandLineError error) {
      System.err.println(tool + ": " + error.getMessage());
      System.exit(2);
    } catch (IOException error) {
      System.err.println(tool + ": cannot write output: " + error.getMessage());
      System.exit(2);
    }
  }
}
