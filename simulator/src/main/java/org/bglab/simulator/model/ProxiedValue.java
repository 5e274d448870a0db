package org.bglab.simulator.model;

import java.util.Arrays;

/**
 * The common part of routing states that hold one value in the control plane and a copy of it on
 * each proxy node: writing the value, syncing nodes, and keeping the number of users on green up
 * to date as nodes sync. Subclasses say what a value means for the users behind a node.
 *
 * <p>The memory is the value plus one copy per node, {@value #VALUE_BYTES} bytes each: O(1) in
 * the number of users.
 */
public abstract class ProxiedValue implements Propagating {

  /** The size of one copy of the value. */
  public static final long VALUE_BYTES = Long.BYTES;

  private final int users;
  private final long[] nodeValues;
  private long value;
  private long usersOnGreen;

  /**
   * A state for {@code users} users behind {@code nodes} proxy nodes, with value 0 everywhere;
   * value 0 must route every user to blue.
   *
   * @throws IllegalArgumentException when {@code users} or {@code nodes} is not positive
   */
  protected ProxiedValue(int users, int nodes) {
    if (users < 1) {
      throw new IllegalArgumentException("users must be at least 1, got " + users);
    }
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, got " + nodes);
    }
    this.users = users;
    this.nodeValues = new long[nodes];
  }

  /** The bytes of a state read through {@code nodes} proxy nodes. */
  public static long bytesFor(int nodes) {
    return VALUE_BYTES * (1L + nodes);
  }

  /** How many of the users behind {@code node} a node holding {@code nodeValue} sends to green. */
  protected abstract long greenBehind(int node, long nodeValue);

  /** Writes {@code newValue} to the control plane; nodes follow when they sync. */
  protected final void write(long newValue) {
    value = newValue;
  }

  /** The control plane's value. */
  protected final long value() {
    return value;
  }

  /** The value proxy {@code node} holds. */
  protected final long valueAt(int node) {
    return nodeValues[node];
  }

  @Override
  public final int nodes() {
    return nodeValues.length;
  }

  @Override
  public final boolean syncNode(int node) {
    long before = nodeValues[node];
    if (before == value) {
      return false;
    }
    usersOnGreen += greenBehind(node, value) - greenBehind(node, before);
    nodeValues[node] = value;
    return true;
  }

  @Override
  public final boolean inSync() {
    for (long nodeValue : nodeValues) {
      if (nodeValue != value) {
        return false;
      }
    }
    return true;
  }

  @Override
  public final int users() {
    return users;
  }

  @Override
  public final long usersOn(Environment environment) {
    return environment == Environment.GREEN ? usersOnGreen : users - usersOnGreen;
  }

  @Override
  public final long bytes() {
    return bytesFor(nodeValues.length);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[users=" + users + ", value=" + value + ", nodes="
        + Arrays.toString(nodeValues) + "]";
  }
}
