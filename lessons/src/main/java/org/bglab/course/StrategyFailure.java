package org.bglab.course;

/**
 * A course strategy failed: one of its calls threw, or did not return within the limit. The
 * message is one line naming the strategy and the call.
 */
public final class StrategyFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure whose message names the strategy and the call. */
  public StrategyFailure(String message) {
    super(message);
  }
}
