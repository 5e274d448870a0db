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
public final class ServicePointer implements Propagating {

  /** The size of one copy of the pointer: one object reference on a 64-bit JVM. */
  public static final long POINTER_BYTES = 8;

  private final int users;
  private final Environment[] nodeTargets;
  private Environment target = Environment.BLUE;
  private long usersOnGreen;

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
    if (users < 1) {
      throw new IllegalArgumentException("users must be at least 1, got " + users);
    }
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, got " + nodes);
    }
    this.users = users;
    this.nodeTargets = new Environment[nodes];
    java.util.Arrays.fill(nodeTargets, Environment.BLUE);
  }

  /** The bytes of a pointer read through {@code nodes} proxy nodes. */
  public static long bytesFor(int nodes) {
    return POINTER_BYTES * (1L + nodes);
  }

  /**
   * Points the control plane at {@code environment}; each node follows when it syncs.
   *
   * @return the number of pointer writes made: always 1
   */
  public int pointTo(Environment environment) {
    this.target = Objects.requireNonNull(environment, "environment");
    return 1;
  }

  /** The environment the control plane names. */
  public Environment target() {
    return target;
  }

  /** The environment proxy {@code node} sends its users to. */
  public Environment targetAt(int node) {
    return nodeTargets[node];
  }

  @Override
  public int nodes() {
    return nodeTargets.length;
  }

  @Override
  public boolean syncNode(int node) {
    Environment before = nodeTargets[node];
    if (before == target) {
      return false;
    }
    nodeTargets[node] = target;
    long behind = usersBehind(node);
    usersOnGreen += target == Environment.GREEN ? behind : -behind;
    return true;
  }

  @Override
  public boolean inSync() {
    for (Environment nodeTarget : nodeTargets) {
      if (nodeTarget != target) {
        return false;
      }
    }
    return true;
  }

  /** Users {@code u} with {@code u % nodes == node}. */
  private long usersBehind(int node) {
    return node < users ? (users - 1L - node) / nodeTargets.length + 1 : 0;
  }

  @Override
  public int users() {
    return users;
  }

  @Override
  public Environment routeOf(int user) {
    Objects.checkIndex(user, users);
    return nodeTargets[user % nodeTargets.length];
  }

  @Override
  public long usersOn(Environment environment) {
    return environment == Environment.GREEN ? usersOnGreen : users - usersOnGreen;
  }

  @Override
  public long bytes() {
    return bytesFor(nodeTargets.length);
  }
}
