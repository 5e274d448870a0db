package org.bglab.coursework.exercise;

/**
 * A switch observed part of the way through: {@code calls} update calls made out of
 * {@code ceil(n/b)}.
 *
 * @param batching the users and batch size
 * @param calls how many update calls to make before looking, from 0 to {@code ceil(n/b)}
 */
record StoppedSwitch(Batching batching, int calls) {

  /** Reads like {@code n=10 users, b=4 per call, looked after 1 of 3 calls}. */
  @Override
  public String toString() {
    return batching + ", looked after " + calls + " of " + batching.expectedCalls() + " calls";
  }
}
