package org.bglab.simulator.model;

/**
 * Traffic shifted to green by weight, as managed endpoints and service meshes do: the state is
 * one number, the share of users that green serves.
 *
 * <p>Which users the share covers is fixed per user, so a user does not flip between versions
 * from one request to the next: every user has a rank, a fixed permutation of
 * {@code 0..users-1} ({@code (a * user + c) mod users} with {@code a} coprime to the number of
 * users), and a user goes to green when its rank is below the green threshold. The user's
 * requests go through node {@code rank % nodes}. The memory is one threshold: O(1) in the number
 * of users.
 */
public final class TrafficSplit extends ValueRouting {

  /** Shares are written in parts per million: {@code 1_000_000} is all of the traffic. */
  public static final int PARTS = 1_000_000;

  private final long multiplier;
  private final long offset;

  /**
   * A split of {@code users} users, everyone on blue.
   *
   * @throws IllegalArgumentException when {@code users} is not positive
   */
  public TrafficSplit(int users) {
    super(users);
    this.multiplier = coprimeFrom((long) (users * 0.6180339887498949), users);
    this.offset = (long) (users * 0.3819660112501051);
  }

  /** The first number from {@code start} on (and at least 1) that shares no factor with {@code modulus}. */
  private static long coprimeFrom(long start, long modulus) {
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
   * Writes the share of users green serves, in {@link #PARTS parts per million}: the users whose
   * rank is below {@code ceil(users * share / PARTS)} go to green.
   *
   * @return the number of writes made: always 1
   * @throws IllegalArgumentException when the share is outside {@code 0..PARTS}
   */
  public int shiftTo(int shareInParts) {
    if (shareInParts < 0 || shareInParts > PARTS) {
      throw new IllegalArgumentException(
          "a share must be 0.." + PARTS + " parts per million, got " + shareInParts);
    }
    write(((long) users() * shareInParts + PARTS - 1) / PARTS);
    return 1;
  }

  /** The rank of {@code user}: a fixed permutation of {@code 0..users-1}. */
  public long rankOf(int user) {
    java.util.Objects.checkIndex(user, users());
    return (multiplier * user + offset) % users();
  }

  /** The number of lowest-ranked users sent to green. */
  public long threshold() {
    return value();
  }

  /** Ranks {@code r < threshold} with {@code r % nodes == node}: the green users of that node. */
  @Override
  public long greenBehind(int node, int nodes, long threshold) {
    return node < threshold ? (threshold - 1 - node) / nodes + 1 : 0;
  }

  @Override
  protected long greenUnder(long threshold) {
    return threshold;
  }

  @Override
  public Environment routeUnder(long threshold, int user) {
    return rankOf(user) < threshold ? Environment.GREEN : Environment.BLUE;
  }

  /** A user's requests go through node {@code rank % nodes}. */
  @Override
  public int nodeOf(int user, int nodes) {
    return (int) (rankOf(user) % nodes);
  }
}
