package org.bglab.quiz;

/**
 * What running a code snippet produced.
 *
 * @param output everything it printed to {@code System.out}
 * @param error why it did not run to the end (a compile error or an exception), or empty
 */
public record SnippetRun(String output, String error) {

  /** Whether every part of the snippet compiled and ran without an exception. */
  public boolean completed() {
    return error.isEmpty();
  }
}
