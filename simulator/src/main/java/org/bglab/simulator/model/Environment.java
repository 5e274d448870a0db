package org.bglab.simulator.model;

/** One of the two complete production environments that a blue-green deployment keeps. */
public enum Environment {
  /** The environment serving the current model version before the switch. */
  BLUE,
  /** The environment holding the new model version that traffic moves to. */
  GREEN;

  /**
   * The other environment.
   *
   * @return green for blue, blue for green
   */
  public Environment other() {
    return this == BLUE ? GREEN : BLUE;
  }

  /**
   * The name used in output and on the command line.
   *
   * @return {@code blue} or {@code green}
   */
  public String label() {
    return this == BLUE ? "blue" : "green";
  }
}
