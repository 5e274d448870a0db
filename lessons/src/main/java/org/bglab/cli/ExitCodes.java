package org.bglab.cli;

/**
 * The exit codes of every bglab command: whose fault an ending is. The README's "Exit codes"
 * section states the same contract for users.
 */
public final class ExitCodes {

  /** Success: the command did what was asked (and every check held). */
  public static final int OK = 0;
  /**
   * Something was judged and did not pass: a check, an expectation or an answer failed, or code
   * the user supplied (a course strategy, a bank snippet) failed or did not finish.
   */
  public static final int FAILED = 1;
  /**
   * Input the user can fix: an unknown option, a malformed value, an unreadable or malformed file
   * ({@link org.bglab.simulator.input.InputError}).
   */
  public static final int INPUT = 2;
  /** A defect in bglab itself: any other exception, {@link IllegalArgumentException} included. */
  public static final int DEFECT = 70;

  private ExitCodes() {}
}
