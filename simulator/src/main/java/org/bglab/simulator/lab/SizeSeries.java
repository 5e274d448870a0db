package org.bglab.simulator.lab;

import java.util.ArrayList;
import java.util.List;

/** Series of user counts for sweeps: geometric, three points per decade (1, 2, 5). */
public final class SizeSeries {

  private static final int[] MANTISSAS = {1, 2, 5};

  private SizeSeries() {}

  /**
   * Every 1-2-5 value between {@code from} and {@code to} inclusive, with both bounds included
   * even when they are not on the 1-2-5 grid; ascending, without repeats.
   *
   * @throws IllegalArgumentException when {@code from < 1} or {@code from > to}
   */
  public static List<Integer> oneTwoFive(int from, int to) {
    if (from < 1) {
      throw new IllegalArgumentException("a range must start at 1 or more, got " + from);
    }
    if (from > to) {
      throw new IllegalArgumentException("range " + from + ".." + to + " is reversed");
    }
    List<Integer> sizes = new ArrayList<>();
    sizes.add(from);
    for (long decade = 1; decade <= to; decade *= 10) {
      for (int mantissa : MANTISSAS) {
        long value = mantissa * decade;
        if (value > from && value < to) {
          sizes.add((int) value);
        }
      }
    }
    if (to > from) {
      sizes.add(to);
    }
    return List.copyOf(sizes);
  }
}
