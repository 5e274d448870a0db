package org.bglab.simulator.cluster;

/**
 * What happened to one request sent to a Service.
 *
 * @param deployment the deployment whose pod served it, or {@code null} when it failed
 * @param pod the name of the pod that served it, or {@code null} when it failed
 * @param failure why it failed ({@code no endpoints}, {@code pod gone}, {@code service not found}),
 *     or {@code null} when it was served
 * @param keepAlive whether it travelled on an already open keep-alive connection
 */
public record RequestOutcome(String deployment, String pod, String failure, boolean keepAlive) {

  static RequestOutcome served(Pod pod, boolean keepAlive) {
    return new RequestOutcome(pod.deployment(), pod.name(), null, keepAlive);
  }

  static RequestOutcome failed(String failure, boolean keepAlive) {
    return new RequestOutcome(null, null, failure, keepAlive);
  }

  /** Whether the request failed. */
  public boolean isFailed() {
    return failure != null;
  }
}
