package org.bglab.simulator.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Traffic shifted to green by weight, as managed endpoints and service meshes do: the control
 * plane holds one number, the share of users that green serves, and each proxy node keeps its
 * own copy, picked up when it {@linkplain #syncNode(int) syncs}.
 *
 * <p>Which users the share covers is fixed per user, so a user does not flip between versions
 * from one request to the next: every user has a rank, a fixed permutation of
 * {@code 0..users-1} ({@code (a * user + c) mod users} with {@code a} coprime to the number of
 * users), and a user goes to green when its rank is below the green threshold of its node. The
 * user's requests go through node {@code rank % nodes}. The memory is one threshold plus one copy
 * per node: O(1) in the number of users.
 */
public final class TrafficSplit implements Propagating {

  /** Shares are written in parts per million: {@code 1_000_000} is all of the traffic. */
  public static final int PARTS = 1_000_000;

  /** The size of one copy of the threshold. */
  public static final long THRESHOLD_BYTES = Long.BYTES;

  private final int users;
  private final long multiplier;
  private final long offset;
  private final long[] nodeThresholds;
  private long threshold;
  private long usersOnGreen;

  /**
   * A split of {@code users} users behind {@code nodes} proxy nodes, everyone on blue.
   *
   * @throws IllegalArgumentException when {@code users} or {@code nodes} is not positive
   */
  public TrafficSplit(int users, int nodes) {
    if (users < 1) {
      throw new IllegalArgumentException("users must be at least 1, got " + users);
    }
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, got " + nodes);
    }
    this.users = users;
    this.nodeThresholds = new long[nodes];
    this.multiplier = coprimeNear((long) (users * 0.6180339887498949), users);
    this.offset = (long) (users * 0.3819660112501051);
  }

  /** The bytes of a split read through {@code nodes} proxy nodes. */
  public static long bytesFor(int nodes) {
    return THRESHOLD_BYTES * (1L + nodes);
  }

  /** The smallest number at or above {@code start} (and at least 1) that shares no factor with {@code modulus}. */
  private static long coprimeNear(long start, long modulus) {
    long candidate = Math.max(1, start);
    while (gcd(candidate, modulus) != 1) {
      candidate++;
    }
    return candidate;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long rest = a % b;
      a = b;
      b = rest;
    }
    return a;
  }

  /**
   * Writes the share of users green serves, in {@link #PARTS parts per million}, to the control
   * plane: the users whose rank is below {@code ceil(users * share / PARTS)} go to green once
   * their node syncs.
   *
   * @return the number of writes made: always 1
   * @throws IllegalArgumentException when the share is outside {@code 0..PARTS}
   */
  public int shiftTo(int shareInParts) {
    if (shareInParts < 0 || shareInParts > PARTS) {
      throw new IllegalArgumentException(
          "a share must be 0.." + PARTS + " parts per million, got " + shareInParts);
    }
    threshold = ((long) users * shareInParts + PARTS - 1) / PARTS;
    return 1;
  }

  /** The rank of {@code user}: a fixed permutation of {@code 0..users-1}. */
  public long rankOf(int user) {
    Objects.checkIndex(user, users);
    return (multiplier * user + offset) % users;
  }

  /** The number of lowest-ranked users the control plane sends to green. */
  public long threshold() {
    return threshold;
  }

  @Override
  public int nodes() {
    return nodeThresholds.length;
  }

  @Override
  public boolean syncNode(int node) {
    long before = nodeThresholds[node];
    if (before == threshold) {
      return false;
    }
    usersOnGreen += greenBehind(node, threshold) - greenBehind(node, before);
    nodeThresholds[node] = threshold;
    return true;
  }

  @Override
  public boolean inSync() {
    for (long nodeThreshold : nodeThresholds) {
      if (nodeThreshold != threshold) {
        return false;
      }
    }
    return true;
  }

  /** Ranks {@code r < limit} with {@code r % nodes == node}: the green users of that node. */
  private long greenBehind(int node, long limit) {
    return node < limit ? (limit - 1 - node) / nodeThresholds.length + 1 : 0;
  }

  @Override
  public int users() {
    return users;
  }

  @Override
  public Environment routeOf(int user) {
    long rank = rankOf(user);
    return rank < nodeThresholds[(int) (rank % nodeThresholds.length)]
        ? Environment.GREEN : Environment.BLUE;
  }

  @Override
  public long usersOn(Environment environment) {
    return environment == Environment.GREEN ? usersOnGreen : users - usersOnGreen;
  }

  @Override
  public long bytes() {
    return bytesFor(nodeThresholds.length);
  }

  @Override
  public String toString() {
    return "TrafficSplit[users=" + users + ", threshold=" + threshold + ", nodes="
        + Arrays.toString(nodeThresholds) + "]";
  }
}
