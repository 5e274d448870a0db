package org.bglab.simulator.engine;

import java.util.SplittableRandom;

/**
 * When each proxy node picks up a write: a seeded time for every node, spread so that the first
 * node syncs at once and the last one after the whole propagation time.
 */
final class Propagation {

  private Propagation() {}

  /**
   * Sync delays for {@code nodes} nodes after a write, in nanoseconds: uniform draws rescaled so
   * the earliest is 0 and the latest {@code spreadNanos} (one node syncs at once).
   */
  static long[] delays(SplittableRandom random, int nodes, long spreadNanos) {
    double[] draws = new double[nodes];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int node = 0; node < nodes; node++) {
      draws[node] = random.nextDouble();
      min = Math.min(min, draws[node]);
      max = Math.max(max, draws[node]);
    }
    long[] delays = new long[nodes];
    if (max > min) {
      for (int node = 0; node < nodes; node++) {
        delays[node] = Math.round((draws[node] - min) / (max - min) * spreadNanos);
      }
    }
    return delays;
  }
}
