package org.bglab.simulator.model;

import java.util.Objects;

/**
 * A single indirection between users and the model: every user reaches whichever environment the
 * pointer names, like pods chosen by a Kubernetes Service selector or a model behind an atomic
 * reference. Switching it is one write, whatever the number of users.
 *
 * <p>The write lands in the control plane; each of the {@link #nodes()} proxy nodes keeps its own
 * copy and picks the write up when it {@linkplain #syncNode(int) syncs}. A user's requests go
 * through node {@code user % nodes}. The memory is one pointer plus one copy per node: O(1) in the
 * number of users.
 */
public final class ServicePointer extends ProxiedValue {

  /** The size of one copy of the pointer: one object reference on a 64-bit JVM. */
  public static final long POINTER_BYTES = VALUE_BYTES;

  private static final long BLUE = 0;
  private static final long GREEN = 1;

  /** A pointer in front of {@code users} users read through a single proxy, pointing at blue. */
  public ServicePointer(int users) {
    this(users, 1);
  }

  /**
   * Creates a pointer in front of {@code users} users whose requests go through {@code nodes}
   * proxy nodes, pointing at blue everywhere.
   *
   * @throws IllegalArgumentException when {@code users} or {@code nodes} is not positive
   */
  public ServicePointer(int users, int nodes) {
    super(users, nodes);
  }

  /**
   * Points the control plane at {@code environment}; each node follows when it syncs.
   *
   * @return the number of pointer writes made: always 1
   */
  public int pointTo(Environment environment) {
    write(Objects.requireNonNull(environment, "environment") == Environment.GREEN ? GREEN : BLUE);
    return 1;
  }

  /** The environment the control plane names. */
  public Environment target() {
    return environmentOf(value());
  }

  /** The environment proxy {@code node} sends its users to. */
  public Environment targetAt(int node) {
    return environmentOf(valueAt(node));
  }

  private static Environment environmentOf(long value) {
    return value == GREEN ? Environment.GREEN : Environment.BLUE;
  }

  /** Users {@code u} with {@code u % nodes == node}, all of them when the node points at green. */
  @Override
  protected long greenBehind(int node, long nodeValue) {
    return nodeValue == GREEN && node < users() ? (users() - 1L - node) / nodes() + 1 : 0;
  }

  @Override
  public Environment routeOf(int user) {
    Objects.checkIndex(user, users());
    return targetAt(user % nodes());
  }
}
