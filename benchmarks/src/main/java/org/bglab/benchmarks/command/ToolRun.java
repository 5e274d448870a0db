package org.bglab.benchmarks.command;

/** Runs the body of a tool's {@code main}, turning bad input into one stderr line and exit 2. */
public final class ToolRun {

  private ToolRun() {}

  /**
   * Runs {@code body}; on a {@link CommandLineError} prints {@code tool: message} on stderr and
   * exits with code 2, without a stack trace.
   */
  public static void run(String tool, Runnable body) {
    try {
      body.run();
    } catch (CommandLineError error) {
      System.err.println(tool + ": " + error.getMessage());
      System.exit(2);
    }
  }
}
