package org.bglab.simulator.model;

/**
 * Where each user's requests go, as the router sees it at one instant.
 *
 * <p>Reading a route is pure: it never changes the state and never counts anything. Writes are
 * made through the methods of each implementation, which report how many entries they wrote so
 * that strategies can count measured work. A new routing state routes every user to blue.
 *
 * <p>Two implementations come with the simulator: {@link UserRouteTable}, one entry per user,
 * and {@link ServicePointer}, one indirection for everybody. A strategy of your own may bring
 * its own.
 */
public interface RoutingState {

  /**
   * The number of users routed; users are numbered {@code 0} to {@code users() - 1}.
   *
   * @return the number of users, at least 1
   */
  int users();

  /**
   * The environment that serves {@code user} right now.
   *
   * @param user a user number, {@code 0 <= user < users()}
   * @return where that user's requests go
   * @throws IndexOutOfBoundsException when {@code user} is not a user of this state
   */
  Environment routeOf(int user);

  /**
   * How many users are routed to {@code environment} right now.
   *
   * @param environment blue or green
   * @return the number of users whose route leads there, from 0 to {@link #users()}
   */
  long usersOn(Environment environment);

  /**
   * The memory the routing state itself occupies.
   *
   * @return its size in bytes
   */
  long bytes();
}
