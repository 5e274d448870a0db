package org.bglab.benchmarks.switching;

import org.bglab.simulator.model.Environment;

/**
 * One byte per user in a plain array, written in a bare loop: the cheapest per-user switch the
 * JVM can run, a floor for any per-user representation.
 */
public final class ByteArrayLoop implements UserSwitch {

  private final byte[] routes;

  /** Creates routes for {@code users} users, all on blue (0). */
  public ByteArrayLoop(int users) {
    if (users < 1) {
      throw new IllegalArgumentException("users must be at least 1, got " + users);
    }
    this.routes = new byte[users];
  }

  @Override
  public void switchTo(Environment target) {
    byte code = (byte) target.ordinal();
    byte[] array = routes;
    for (int user = 0; user < array.length; user++) {
      array[user] = code;
    }
  }

  @Override
  public Environment routeOf(int user) {
    return Environment.values()[routes[user]];
  }
}
