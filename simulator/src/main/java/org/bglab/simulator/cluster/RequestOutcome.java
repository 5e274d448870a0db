package org.bglab.simulator.cluster;

/**
 * What happened to one request sent to a Service.
 *
 * <p>A request that reaches a pod names the pod, its deployment and its image, even when the pod
 * answered with an error ({@link #MODEL_ERROR}, from a faulty model version): it was routed and
 * answered like any other, and failed all the same. A request that reached no pod names none of
 * them.
 *
 * @param deployment the deployment whose pod it reached, or {@code null} when it reached none
 * @param pod the name of the pod it reached, or {@code null}
 * @param image the image (model version) of that pod, or {@code null}
 * @param failure why it failed ({@code no endpoints}, {@code pod gone}, {@code connection reset},
 *     {@code service not found}, {@code model error}), or {@code null} when it was answered well
 * @param keepAlive whether it travelled on an already open keep-alive connection
 */
public record RequestOutcome(String deployment, String pod, String image, String failure, boolean keepAlive) {

  /** The failure of a request answered with an error by a faulty model version. */
  public static final String MODEL_ERROR = "model error";

  static RequestOutcome served(Pod pod, boolean keepAlive) {
    return new RequestOutcome(pod.deployment(), pod.name(), pod.image(), null, keepAlive);
  }

  static RequestOutcome failed(String failure, boolean keepAlive) {
    return new RequestOutcome(null, null, null, failure, keepAlive);
  }

  RequestOutcome withModelError() {
    return new RequestOutcome(deployment, pod, image, MODEL_ERROR, keepAlive);
  }

  /** Whether the request failed, for whatever reason. */
  public boolean isFailed() {
    return failure != null;
  }

  /** Whether the request reached a pod (answered well or with a model error). */
  public boolean reachedPod() {
    return pod != null;
  }
}
