package org.bglab.simulator.metrics;

/**
 * What kind of quantity a {@link Measure} holds. The unit decides how a value is written, for
 * machines and for people, so that every output writes a measure the same way; the writing
 * itself is the application's.
 */
public enum Unit {
  /** A name, such as a strategy or a routing model; the value is a {@code String}. */
  NAME,
  /** A whole number that was set, not counted (a seed, replicas); a {@code Long}. */
  NUMBER,
  /** A whole number counted during the run; a {@code Long}. */
  COUNT,
  /** Bytes of memory; a {@code Long}. */
  BYTES,
  /** Simulated time in nanoseconds, written in seconds for machines; a {@code Long}. */
  NANOS,
  /** A rate per second of simulated time; a {@code Double}. */
  PER_SECOND,
  /** A share from 0 to 1; a {@code Double}. */
  SHARE,
  /** A ratio of two quantities, such as bytes per user; a {@code Double}. */
  RATIO,
  /** Yes or no; a {@code Boolean}. */
  FLAG
}
