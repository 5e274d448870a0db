package org.bglab.simulator.model;

/**
 * A routing state that is one value every user's route follows: a pointer, a selector, a traffic
 * weight. Switching it is one write, whatever the number of users, and its memory is one value,
 * {@value #VALUE_BYTES} bytes: O(1) in the number of users. Subclasses say what a value means
 * for each user.
 */
public abstract class ValueRouting implements RoutingState {

  /** The size of the value: one object reference or {@code long} on a 64-bit JVM. */
  public static final long VALUE_BYTES = Long.BYTES;

  private final int users;
  private long value;
  private RouteWrites writes;

  /**
   * A state for {@code users} users holding value 0, which must route every user to blue.
   *
   * @throws IllegalArgumentException when {@code users} is not positive
   */
  protected ValueRouting(int users) {
    if (users < 1) {
      throw new IllegalArgumentException("users must be at least 1, got " + users);
    }
    this.users = users;
  }

  /** Where {@code user} goes while the value is {@code value}. */
  public abstract Environment routeUnder(long value, int user);

  /**
   * How many of the users whose requests go through node {@code node} of {@code nodes} (see
   * {@link #nodeOf(int, int)}) go to green while the value is {@code value}.
   */
  public abstract long greenBehind(int node, int nodes, long value);

  /** How many users go to green while the value is {@code value}. */
  protected abstract long greenUnder(long value);

  /** Writes {@code newValue}, reporting the write. */
  protected final void write(long newValue) {
    long before = value;
    value = newValue;
    if (writes != null) {
      writes.valueWritten(before, newValue);
    }
  }

  /** The value. */
  public final long value() {
    return value;
  }

  @Override
  public final boolean reportWritesTo(RouteWrites listener) {
    this.writes = listener;
    return true;
  }

  @Override
  public final Environment routeOf(int user) {
    java.util.Objects.checkIndex(user, users);
    return routeUnder(value, user);
  }

  @Override
  public final int users() {
    return users;
  }

  @Override
  public final long usersOn(Environment environment) {
    long green = greenUnder(value);
    return environment == Environment.GREEN ? green : users - green;
  }

  @Override
  public final long bytes() {
    return VALUE_BYTES;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[users=" + users + ", value=" + value + "]";
  }
}
