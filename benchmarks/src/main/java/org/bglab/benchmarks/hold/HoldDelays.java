package org.bglab.benchmarks.hold;

import java.util.SplittableRandom;

/**
 * A seeded, repeating sequence of exponentially distributed delays (mean 1), computed once, so
 * that every hold model consumes the same increments in the same order at the cost of an array
 * read. Each model needs its own instance: the cursor is part of the state.
 */
public final class HoldDelays {

  private static final int SIZE = 1 << 16;
  private static final int MASK = SIZE - 1;

  private final double[] delays = new double[SIZE];
  private int cursor;

  /** Draws the sequence from {@code seed}. */
  public HoldDelays(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < SIZE; i++) {
      // 1 - U lies in (0, 1], so the logarithm is finite
      delays[i] = -Math.log(1.0 - random.nextDouble());
    }
  }

  /** The next delay of the sequence, always positive or zero. */
  public double next() {
    double delay = delays[cursor];
    cursor = (cursor + 1) & MASK;
    return delay;
  }
}
