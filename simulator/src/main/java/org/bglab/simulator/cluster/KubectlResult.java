package org.bglab.simulator.cluster;

/**
 * What a kubectl command printed.
 *
 * @param output the text it printed (possibly several lines, without a final newline)
 * @param failed whether it failed (then {@code output} is its error message)
 */
public record KubectlResult(String output, boolean failed) {

  static KubectlResult ok(String output) {
    return new KubectlResult(output, false);
  }

  static KubectlResult error(String message) {
    return new KubectlResult(message, true);
  }
}
