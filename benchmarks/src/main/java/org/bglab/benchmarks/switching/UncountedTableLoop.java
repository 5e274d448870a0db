package org.bglab.benchmarks.switching;

import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.UserRouteTable;

/**
 * The per-user loop over the simulator's one-bit-per-user table with nothing counted: the floor
 * for the counted per-user strategy on the same representation.
 */
public final class UncountedTableLoop implements UserSwitch {

  private final UserRouteTable table;

  /** Creates a table for {@code users} users, all on blue. */
  public UncountedTableLoop(int users) {
    this.table = new UserRouteTable(users);
  }

  @Override
  public void switchTo(Environment target) {
    UserRouteTable routes = table;
    int users = routes.users();
    for (int user = 0; user < users; user++) {
      routes.assign(user, target);
    }
  }

  @Override
  public Environment routeOf(int user) {
    return table.routeOf(user);
  }
}
