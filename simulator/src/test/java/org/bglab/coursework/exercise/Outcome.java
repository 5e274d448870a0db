package org.bglab.coursework.exercise;

/**
 * How the check of one property ended.
 *
 * @param property the property's description
 * @param failure the counterexample report when the property failed, {@code null} when it held
 */
public record Outcome(String property, AssertionError failure) {

  /**
   * Whether the property held on every switch tried.
   *
   * @return {@code true} when no counterexample was found
   */
  public boolean holds() {
    return failure == null;
  }
}
