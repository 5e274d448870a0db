package org.bglab.quiz;

/**
 * What running a code snippet in its own JVM came to.
 *
 * @param output what it printed to {@code System.out} (empty when it was stopped for printing
 *     too much or running too long, since how far it got then depends on timing)
 * @param outcome how the run ended
 * @param detail what the outcome needs to be told: the exception, the compiler's message, the
 *     unrepeatable call, the exit status, the time limit
 */
public record SnippetRun(String output, Outcome outcome, String detail) {

  /** How a run ended. Only {@link #FINISHED} is a run whose output can prove anything. */
  public enum Outcome {
    /** Every part compiled and ran to its end. */
    FINISHED,
    /** A part did not compile (or ended in the middle of a statement); later parts did not run. */
    DOES_NOT_COMPILE,
    /** A part threw an exception; later parts did not run. */
    THREW,
    /** It reads the clock, pauses, starts threads or draws unseeded random numbers. */
    UNREPEATABLE,
    /** It called {@code System.exit}. */
    EXITED,
    /** Its JVM ended without a {@code System.exit}: {@code Runtime.halt}, or a crash. */
    HALTED,
    /** It ran past the time limit and was stopped. */
    TIMED_OUT,
    /** It printed more than the output limit and was stopped. */
    TOO_MUCH_OUTPUT,
    /** No JVM could be started to run it (a problem of this machine, not of the code). */
    NOT_STARTED
  }

  /** Whether every part of the snippet compiled and ran to its end. */
  public boolean completed() {
    return outcome == Outcome.FINISHED;
  }

  /** What happened, as a clause that starts with "the code", e.g. "the code threw ...". */
  public String describe() {
    String printed = output.isEmpty() ? "" : ", after printing \"" + quoted(output) + "\"";
    return switch (outcome) {
      case FINISHED -> "the code printed \"" + quoted(output) + "\"";
      case DOES_NOT_COMPILE -> "the code does not compile: " + detail;
      case THREW -> "the code threw " + detail + printed;
      case UNREPEATABLE -> "the code calls " + detail
          + ", so what it prints can change from one run to the next";
      case EXITED -> "the code called System.exit(" + detail + ") before it finished" + printed;
      case HALTED -> "the code stopped its JVM (exit status " + detail
          + ": Runtime.halt, or a crash) before it finished" + printed;
      case TIMED_OUT -> "the code did not finish within " + detail + " and was stopped";
      case TOO_MUCH_OUTPUT -> "the code printed more than " + detail + " and was stopped";
      case NOT_STARTED -> "no JVM could be started to run the code: " + detail;
    };
  }

  /** {@code text} with line breaks shown as {@code \n}, for a one-line report. */
  static String quoted(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\\n");
  }
}
