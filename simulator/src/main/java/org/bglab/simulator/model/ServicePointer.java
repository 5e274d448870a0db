package org.bglab.simulator.model;

/**
 * A single indirection between users and the model: every user reaches whichever environment the
 * pointer names, like pods chosen by a Kubernetes Service selector or a model behind an atomic
 * reference. Switching it is one write, whatever the number of users.
 */
public final class ServicePointer implements RoutingState {

  /** The size of the pointer itself: one object reference on a 64-bit JVM. */
  public static final long POINTER_BYTES = 8;

  private final int users;
  private Environment target = Environment.BLUE;

  /**
   * Creates a pointer in front of {@code users} users, pointing at blue.
   *
   * @throws IllegalArgumentException when {@code users} is not positive
   */
  public ServicePointer(int users) {
    if (users < 1) {
      throw new IllegalArgumentException("users must be at least 1, got " + users);
    }
    this.users = users;
  }

  /**
   * Points every user at {@code environment}.
   *
   * @return the number of pointer writes made: always 1
   */
  public int pointTo(Environment environment) {
    this.target = environment;
    return 1;
  }

  /** The environment the pointer names. */
  public Environment target() {
    return target;
  }

  @Override
  public int users() {
    return users;
  }

  @Override
  public Environment routeOf(int user) {
    java.util.Objects.checkIndex(user, users);
    return target;
  }

  @Override
  public long usersOn(Environment environment) {
    return environment == target ? users : 0;
  }

  @Override
  public long bytes() {
    return POINTER_BYTES;
  }
}
