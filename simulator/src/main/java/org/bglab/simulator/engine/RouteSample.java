package org.bglab.simulator.engine;

import java.util.BitSet;
import org.bglab.simulator.model.Environment;

/**
 * Where a fixed sample of users go at one instant: at most {@link #MAX_SIZE} users spread evenly
 * over all of them (user {@code i * users / size} for sample {@code i}), each as that user's proxy
 * node sees it. With more users than that, each sampled user stands for {@code users / size} of
 * them; the sample says nothing of the users between.
 *
 * @param users the number of users in the run
 * @param size the number of users sampled, {@code min(users, MAX_SIZE)}
 * @param green which samples go to green
 */
public record RouteSample(int users, int size, BitSet green) {

  /** The most users a sample holds. */
  public static final int MAX_SIZE = 1_000;

  /** A sample that keeps its own copy of {@code green}. */
  public RouteSample {
    green = (BitSet) green.clone();
  }

  /** The sample size for {@code users} users. */
  public static int sizeFor(int users) {
    return Math.min(users, MAX_SIZE);
  }

  /** The user behind sample {@code index}. */
  public int user(int index) {
    return user(index, users, size);
  }

  /** The user behind sample {@code index} of {@code size} samples of {@code users} users. */
  static int user(int index, int users, int size) {
    return (int) ((long) index * users / size);
  }

  /** Where sample {@code index}'s requests go. */
  public Environment routeOf(int index) {
    return green.get(index) ? Environment.GREEN : Environment.BLUE;
  }

  /** Which samples go to green: a copy, so the sample stays as it was. */
  @Override
  public BitSet green() {
    return (BitSet) green.clone();
  }
}
