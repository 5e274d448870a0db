package org.bglab.benchmarks.memory;

import org.bglab.benchmarks.switching.NaiveRouteMap;
import org.bglab.simulator.strategy.PerUserSwitch;

/** The routing structures whose memory per user is compared. */
public enum RoutingStructure {
  /**
   * The naive port's table: a {@code HashMap} from user-id strings to endpoint strings, with its
   * keys (the endpoint strings are shared by all entries). The list of users the naive router
   * also keeps is not included.
   */
  NAIVE_MAP {
    @Override
    public Object build(int users) {
      return new NaiveRouteMap(users).table();
    }
  },
  /** The simulator's one-bit-per-user table, as the per-user and batched strategies create it. */
  COMPACT_TABLE {
    @Override
    public Object build(int users) {
      return new PerUserSwitch().newRoutingState(users);
    }
  };

  /** Builds the structure for {@code users} users, every one routed to blue. */
  public abstract Object build(int users);
}
