package org.bglab.simulator.cluster;

/**
 * One running copy of a model server, created by a deployment. A pod is ready (able to serve,
 * eligible as a Service endpoint) from {@link #readyAt()} on, until it is deleted.
 */
public final class Pod {

  private final String name;
  private final String deployment;
  private final String image;
  private final int revision;
  private final String ip;
  private final long createdAt;
  private final long readyAt;
  private Labels labels;
  private boolean owned = true;
  private boolean deleted;
  private boolean terminating;

  Pod(String name, String deployment, String image, int revision, Labels labels, String ip,
      long createdAt, long readyAt) {
    this.name = name;
    this.deployment = deployment;
    this.image = image;
    this.revision = revision;
    this.labels = labels;
    this.ip = ip;
    this.createdAt = createdAt;
    this.readyAt = readyAt;
  }

  /** The pod's name, such as {@code blue-6d4cf56db6-x7k2q}. */
  public String name() {
    return name;
  }

  /** The deployment that created the pod (it keeps this name even if later orphaned). */
  public String deployment() {
    return deployment;
  }

  /** The container image, that is the model version the pod serves. */
  public String image() {
    return image;
  }

  int revision() {
    return revision;
  }

  /** The pod's labels now. */
  public Labels labels() {
    return labels;
  }

  void relabel(Labels newLabels) {
    this.labels = newLabels;
  }

  /** The pod's cluster IP address. */
  public String ip() {
    return ip;
  }

  /** When the pod was created, in simulated nanoseconds. */
  public long createdAt() {
    return createdAt;
  }

  /** When the pod passes its readiness probe, in simulated nanoseconds. */
  public long readyAt() {
    return readyAt;
  }

  /** Whether the pod exists, is not terminating, and is ready at {@code now}. */
  public boolean isReady(long now) {
    return !deleted && !terminating && now >= readyAt;
  }

  /**
   * Whether the pod is terminating (deleted, within its grace period) and still serving: its
   * model server passed readiness before and keeps answering until the grace period ends.
   */
  public boolean isTerminatingAndServing(long now) {
    return terminating && !deleted && now >= readyAt;
  }

  /** Whether the pod has been asked to stop and is within its grace period. */
  public boolean isTerminating() {
    return terminating && !deleted;
  }

  void terminate() {
    terminating = true;
  }

  /** Whether the pod has been deleted. */
  public boolean isDeleted() {
    return deleted;
  }

  void delete() {
    deleted = true;
  }

  /** Whether its deployment still manages the pod (its labels still match the deployment). */
  boolean isOwned() {
    return owned && !deleted && !terminating;
  }

  void release() {
    owned = false;
  }

  @Override
  public String toString() {
    return name;
  }
}
