package org.bglab.simulator.model;

/**
 * Where each user's requests go, as the router sees it at one instant.
 *
 * <p>Reading a route is pure: it never changes the state and never counts anything. Writes are
 * made through the methods of each implementation, which report how many entries they wrote so
 * that strategies can count measured work. A new routing state routes every user to blue.
 *
 * <p>Three implementations come with the simulator: {@link UserRouteTable}, one entry per user,
 * {@link ServicePointer}, one indirection for everybody, and {@link TrafficSplit}, a weight. A
 * strategy of your own may bring its own. A state is the control plane: what the strategy wrote.
 * Where it lives ({@link RoutingModel}) is decided by whoever reads it; to be read through proxy
 * nodes ({@link ProxiedRoutes}) a state reports its writes ({@link #reportWritesTo}).
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

  /**
   * The proxy node, of {@code nodes}, that {@code user}'s requests go through. The default is
   * {@code user % nodes}.
   *
   * @param user a user number, {@code 0 <= user < users()}
   * @param nodes the number of proxy nodes, at least 1
   * @return a node number, {@code 0 <= node < nodes}
   */
  default int nodeOf(int user, int nodes) {
    return user % nodes;
  }

  /**
   * Reports every write made from now on to {@code listener} (replacing an earlier one), so that
   * the writes can reach proxy nodes. The default reports nothing and answers {@code false}: such
   * a state can only be read centrally.
   *
   * @param listener where the writes go
   * @return whether this state reports its writes
   */
  default boolean reportWritesTo(RouteWrites listener) {
    return false;
  }
}
