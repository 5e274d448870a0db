package org.bglab.coursework.exercise;

/**
 * One input of the exercise's properties: {@code n} users switched {@code b} users per call.
 *
 * @param users the number of users, {@code n >= 1}
 * @param batchSize users per update call, {@code b >= 1}
 */
record Batching(int users, int batchSize) {

  /**
   * The number of update calls a correct batched switch makes, {@code ceil(n/b)}: the
   * expectation the properties compare the measured count with.
   *
   * @return {@code ceil(users / batchSize)}
   */
  int expectedCalls() {
    return (users + batchSize - 1) / batchSize;
  }

  /**
   * How many users a correct switch has moved after {@code calls} update calls.
   *
   * @param calls update calls made so far, at least 0
   * @return {@code min(n, calls * b)}
   */
  int switchedAfter(int calls) {
    return (int) Math.min(users, (long) calls * batchSize);
  }

  /** Reads like {@code n=10 users, b=4 per call}, the way a counterexample is printed. */
  @Override
  public String toString() {
    return "n=" + users + " users, b=" + batchSize + " per call";
  }
}
