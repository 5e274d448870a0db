package org.bglab.simulator.model;

/**
 * Where each user's requests go, as the router sees it at one instant.
 *
 * <p>Reading a route is pure: it never changes the state and never counts anything. Writes are
 * made through the methods of each implementation, which report how many entries they wrote so
 * that strategies can count measured work.
 */
public interface RoutingState {

  /** The number of users, numbered {@code 0..users()-1}. */
  int users();

  /** The environment that serves {@code user} right now. */
  Environment routeOf(int user);

  /** How many users are routed to {@code environment} right now. */
  long usersOn(Environment environment);

  /** The memory the routing state itself occupies, in bytes. */
  long bytes();
}
