package org.bglab.coursework.exercise;

import java.util.List;
import org.opentest4j.AssertionFailedError;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * Turns a QuickTheories falsification into one short {@link AssertionError} that a student can
 * read: the smallest counterexample found, what went wrong with it, and the seed to replay it.
 *
 * <p>QuickTheories' own report carries the whole stack trace of the cause; this one keeps the
 * cause attached for tools but puts only its message in the text.
 */
final class CounterexampleReporter implements Reporter {

  /** The words every report starts with, so that tests can recognise one. */
  static final String COUNTEREXAMPLE = "counterexample: ";

  @Override
  public void falisification(long seed, int examples, Object smallest, Throwable cause,
      List<Object> others, AsString<Object> describe) {
    throw new AssertionError(
        COUNTEREXAMPLE + describe.asString(smallest) + System.lineSeparator()
            + "what went wrong: " + explain(cause) + System.lineSeparator()
            + "(found after trying " + examples + (examples == 1 ? " switch" : " switches")
            + "; replay this search with -DQT_SEED=" + seed + ")",
        cause);
  }

  @Override
  public void falisification(long seed, int examples, Object smallest, List<Object> others,
      AsString<Object> describe) {
    falisification(seed, examples, smallest, new AssertionError("the property returned false"),
        others, describe);
  }

  @Override
  public void valuesExhausted(int examples) {
    throw new IllegalStateException("the generators produced only " + examples + " examples");
  }

  /** The message of a failed assertion as it is; anything else with its exception type. */
  private static String explain(Throwable cause) {
    String message = String.valueOf(cause.getMessage()).strip();
    return cause instanceof AssertionFailedError || cause.getClass() == AssertionError.class
        ? message
        : cause.getClass().getSimpleName() + ": " + message;
  }
}
