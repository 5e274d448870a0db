package org.bglab.simulator.kernel;

import java.util.SplittableRandom;

/**
 * Independent seeded random streams, one per purpose, all derived from one seed. Each purpose has
 * its own generator, so drawing more from one (more requests at a higher rate) changes nothing
 * that another draws (which user a request comes from, which green requests fail, each proxy
 * node's lag, which path a cluster request takes). Both simulated worlds draw from here: the
 * traffic engine and the scenario's cluster.
 */
public final class RandomStreams {

  /** What a stream is used for. Each purpose has a fixed salt, so adding one moves no other. */
  public enum Purpose {
    /** The gaps between request arrivals. */
    ARRIVALS(0x1),
    /** Which user sends each request. */
    USERS(0x2),
    /** Whether a request that green serves fails. */
    ERRORS(0x3),
    /** Each proxy node's lag: how long after a write it applies it. */
    PROPAGATION(0x4),
    /** In a scenario's cluster: which node, endpoint or connection a request takes, and whether a
     * faulty image fails it. */
    REQUEST_PATHS(0x5);

    private final long salt;

    Purpose(long salt) {
      this.salt = salt;
    }
  }

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final long seed;

  /** Streams derived from {@code seed}. */
  public RandomStreams(long seed) {
    this.seed = seed;
  }

  /** The seed every stream is derived from. */
  public long seed() {
    return seed;
  }

  /** A new generator for {@code purpose}: the same sequence every time for the same seed. */
  public SplittableRandom stream(Purpose purpose) {
    return new SplittableRandom(derivedSeed(seed, purpose));
  }

  /** The seed of {@code purpose}'s stream: the seed and the salt mixed by SplitMix64's finaliser. */
  static long derivedSeed(long seed, Purpose purpose) {
    return mix(seed + mix(purpose.salt * GOLDEN_GAMMA));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
