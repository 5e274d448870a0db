package org.bglab.simulator.cluster;

/** A kubectl command line that kubectl itself would reject before asking the cluster. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
