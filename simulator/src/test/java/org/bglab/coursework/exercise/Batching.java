package org.bglab.coursework.exercise;

import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * One input of the exercise's properties: {@code n} users switched {@code b} users per call.
 *
 * @param users the number of users, {@code n >= 1}
 * @param batchSize users per update call, {@code b >= 1}
 */
record Batching(int users, int batchSize) {

  /** The routing table keeps 64 users to a word: {@code n} near a multiple of it is a boundary. */
  private static final int WORD = 64;

  /**
   * Switches of up to about 200 users, drawn so that every run tries the sizes where batch code
   * goes wrong, not only random ones: {@code n = 1}, {@code n} just below, at and just above a
   * multiple of 64, and a batch size of 1, one that divides {@code n}, and one larger than
   * {@code n}. Each kind is drawn often enough that a mistake at one of these boundaries is
   * found on every run, whatever the seed.
   *
   * <p>Each size is a kind and a random number, and both shrink: the kind towards "plain", the
   * number towards 1. So a failure found at a boundary is still reported at the smallest switch
   * that fails, {@code n=64} for a mistake that needs a whole word.
   *
   * @return the batchings the properties try; they shrink towards {@code n=1, b=1}
   */
  static Gen<Batching> all() {
    return range(0, 4).zip(range(1, 200), Batching::userCount).flatMap(users ->
        range(0, 3).zip(range(1, 40), (kind, raw) -> batchSize(users, kind, raw))
            .map(batchSize -> new Batching(users, batchSize)));
  }

  /**
   * Kind 0: {@code raw} itself; 1: one user; 2, 3, 4: one below, at, one above the multiple of 64
   * nearest to {@code raw}, or {@code raw} itself when that is 0, so that shrinking {@code raw}
   * can leave the boundary once a smaller switch fails too.
   */
  private static int userCount(int kind, int raw) {
    int words = Math.round(raw / (float) WORD);
    return switch (kind) {
      case 0 -> raw;
      case 1 -> 1;
      default -> words == 0 ? raw : words * WORD + kind - 3;
    };
  }

  /** Kind 0: {@code raw} itself; 1: one; 2: a divisor of {@code n}; 3: more than {@code n}. */
  private static int batchSize(int users, int kind, int raw) {
    return switch (kind) {
      case 0 -> raw;
      case 1 -> 1;
      case 2 -> divisorsOf(users).get((raw - 1) % divisorsOf(users).size());
      default -> users + raw;
    };
  }

  private static List<Integer> divisorsOf(int users) {
    List<Integer> divisors = new ArrayList<>();
    for (int candidate = 1; candidate <= users; candidate++) {
      if (users % candidate == 0) {
        divisors.add(candidate);
      }
    }
    return divisors;
  }

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
