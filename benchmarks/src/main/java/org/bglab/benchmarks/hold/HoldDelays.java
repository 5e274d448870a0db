package org.bglab.benchmarks.hold;

import java.util.SplittableRandom;

/**
 * A seeded, repeating sequence of exponentially distributed delays with a mean of one second,
 * counted in whole nanoseconds (the kernel's clock) and held as doubles, computed once, so that
 * every hold model consumes the same increments in the same order at the cost of an array read,
 * and the sums of the models on {@code double} times stay exact whole numbers (below 2^53 ns,
 * about 104 days). Each model needs its own instance: the cursor is part of the state.
 */
public final class HoldDelays {

  private static final int SIZE = 1 << 16;
  private static final int MASK = SIZE - 1;
  private static final double NANOS_PER_SECOND = 1e9;

  private final double[] delays = new double[SIZE];
  private int cursor;

  /** Draws the sequence from {@code seed}. */
  public HoldDelays(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < SIZE; i++) {
      // 1 - U lies in (0, 1], so the logarithm is finite
      delays[i] = Math.floor(-Math.log(1.0 - random.nextDouble()) * NANOS_PER_SECOND);
    }
  }

  /** The next delay of the sequence, always positive or zero. */
  public double next() {
    double delay = delays[cursor];
    cursor = (cursor + 1) & MASK;
    return delay;
  }
}
