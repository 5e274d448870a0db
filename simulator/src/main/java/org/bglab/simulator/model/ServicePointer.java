package org.bglab.simulator.model;

import java.util.Objects;

/**
 * A single indirection between users and the model: every user reaches whichever environment the
 * pointer names, like pods chosen by a Kubernetes Service selector or a model behind an atomic
 * reference. Switching it is one write, whatever the number of users, and its memory is one
 * pointer: O(1) in the number of users.
 */
public final class ServicePointer extends ValueRouting {

  /** The size of the pointer: one object reference on a 64-bit JVM. */
  public static final long POINTER_BYTES = VALUE_BYTES;

  private static final long BLUE = 0;
  private static final long GREEN = 1;

  /**
   * A pointer in front of {@code users} users, pointing at blue.
   *
   * @throws IllegalArgumentException when {@code users} is not positive
   */
  public ServicePointer(int users) {
    super(users);
  }

  /**
   * Points at {@code environment}.
   *
   * @return the number of pointer writes made: always 1
   */
  public int pointTo(Environment environment) {
    write(Objects.requireNonNull(environment, "environment") == Environment.GREEN ? GREEN : BLUE);
    return 1;
  }

  /** The environment the pointer names. */
  public Environment target() {
    return environmentOf(value());
  }

  private static Environment environmentOf(long value) {
    return value == GREEN ? Environment.GREEN : Environment.BLUE;
  }

  @Override
  public Environment routeUnder(long value, int user) {
    return environmentOf(value);
  }

  /** Users {@code u} with {@code u % nodes == node}, all of them when the value is green. */
  @Override
  public long greenBehind(int node, int nodes, long value) {
    return value == GREEN && node < users() ? (users() - 1L - node) / nodes + 1 : 0;
  }

  @Override
  protected long greenUnder(long value) {
    return value == GREEN ? users() : 0;
  }
}
