package org.bglab.simulator.cluster;

/**
 * A request the cluster refuses, with the message kubectl would print for it (for example
 * {@code Error from server (NotFound): deployments.apps "green" not found}).
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A refusal with the message kubectl prints. */
  public ApiException(String message) {
    super(message);
  }

  static ApiException notFound(String kind, String name) {
    return new ApiException("Error from server (NotFound): " + kind + " \"" + name + "\" not found");
  }

  static ApiException alreadyExists(String kind, String name) {
    return new ApiException("Error from server (AlreadyExists): " + kind + " \"" + name + "\" already exists");
  }
}
