package org.bglab.simulator.metrics;

import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.RoutingState;

/**
 * What a routing state costs in memory and where it sends users, read at one instant.
 *
 * @param bytes the memory of the routing state itself
 * @param users the number of users it routes
 * @param usersOnBlue users whose route leads to blue
 * @param usersOnGreen users whose route leads to green
 */
public record RoutingSummary(long bytes, long users, long usersOnBlue, long usersOnGreen) {

  /**
   * Reads the summary of a routing state as it is now.
   *
   * @param state the routing state to read
   * @return its size and where it sends users at this instant
   */
  public static RoutingSummary of(RoutingState state) {
    long green = state.usersOn(Environment.GREEN);
    return new RoutingSummary(state.bytes(), state.users(), state.users() - green, green);
  }

  /**
   * Routing-state bytes per user.
   *
   * @return {@code bytes / users}
   */
  public double bytesPerUser() {
    return (double) bytes / users;
  }
}
