package org.bglab.benchmarks.switching;

import org.bglab.simulator.model.Environment;

/** Routes for a fixed set of users that can all be moved to one environment in one call. */
public interface UserSwitch {

  /** Moves every user's route to {@code target}. */
  void switchTo(Environment target);

  /** The environment that serves {@code user} now, to check that a switch really happened. */
  Environment routeOf(int user);
}
