package org.bglab.benchmarks.command;

/** Bad input on a command line or in an input file, told to the user in one line. */
public final class CommandLineError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An error whose message names the option or file and what was wrong. */
  public CommandLineError(String message) {
    super(message);
  }
}
