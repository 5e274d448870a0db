package org.bglab.simulator.input;

/**
 * Input that the user can fix: an option value, a file or a line of text that bglab cannot use.
 * The message is one line that says what was given and what is accepted; the command line reports
 * it as it is, with exit code 2 and no stack trace. Every other exception that escapes a command
 * (an {@link IllegalArgumentException} included) is a defect of bglab's.
 */
public class InputError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Input that cannot be used.
   *
   * @param message one line: what was given, and what is accepted
   */
  public InputError(String message) {
    super(message);
  }
}
