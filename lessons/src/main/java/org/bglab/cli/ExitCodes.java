package org.bglab.cli;

/** The exit codes of every bglab command. */
public final class ExitCodes {

  /** Success: the command did what was asked (and every check held). */
  public static final int OK = 0;
  /** A check or expectation did not hold, or a quiz answer was wrong. */
  public static final int FAILED = 1;
  /** Bad input: unknown option, malformed value or file. */
  public static final int USAGE = 2;
  /** A defect in bglab itself. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
