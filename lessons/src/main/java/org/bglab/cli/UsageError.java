package org.bglab.cli;

/**
 * Bad input found while a command runs (after option parsing): reported as one line on stderr
 * with exit code 2.
 */
public final class UsageError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A usage error with a message that says what was wrong and what is accepted. */
  public UsageError(String message) {
    super(message);
  }
}
