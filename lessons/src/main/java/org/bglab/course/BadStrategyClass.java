package org.bglab.course;

import org.bglab.simulator.input.InputError;

/**
 * A strategy class that cannot be used: not found, not loadable, not a {@code SwitchStrategy}, or
 * without a public constructor bglab can call. This is bad input, reported in one line.
 */
public final class BadStrategyClass extends InputError {

  private static final long serialVersionUID = 1L;

  /** A bad class, with a message that says what is wrong and what is expected. */
  public BadStrategyClass(String message) {
    super(message);
  }
}
