package org.bglab.simulator.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A deployment: a desired number of identical pods running one image, which it creates, replaces
 * and removes to match. Its selector (the labels given at creation) is fixed; its own metadata
 * labels can change without touching the pods.
 *
 * <p>A change of image or a restart starts a rolling replacement with the default RollingUpdate
 * strategy of a Deployment: max surge 25 % (rounded up) and max unavailable 25 % (rounded down).
 * With 3 replicas that is one extra pod and none missing, so pods are replaced one at a time; with
 * 10 replicas 3 new pods start at once and 2 old ones go at once. The new pods carry the same
 * labels, so a Service that selected the old pods selects the new ones: a rollout never moves
 * traffic to another deployment.
 */
public final class Deployment {

  /** Creates and deletes pods for a deployment. */
  interface PodFactory {
    /** Creates a pod of the deployment's current template. */
    Pod create(Deployment deployment);

    /** Deletes a pod. */
    void delete(Pod pod);
  }

  private final String name;
  private final Labels selector;
  private final String container;
  private final long createdAt;
  private final List<Pod> pods = new ArrayList<>();
  private Labels labels;
  private String image;
  private int replicas;
  private int revision = 1;
  private int containerPort;

  Deployment(String name, Labels selector, String container, String image, int replicas, long createdAt) {
    this.name = name;
    this.selector = selector;
    this.labels = selector;
    this.container = container;
    this.image = image;
    this.replicas = replicas;
    this.createdAt = createdAt;
  }

  /** The deployment's name. */
  public String name() {
    return name;
  }

  /** The labels its pods carry and that pick its pods; fixed at creation. */
  public Labels selector() {
    return selector;
  }

  /** The deployment object's own labels (changing them does not touch pods). */
  public Labels labels() {
    return labels;
  }

  void relabel(Labels newLabels) {
    this.labels = newLabels;
  }

  /** The name of its container, used by {@code kubectl set image}. */
  public String container() {
    return container;
  }

  /** The port its container declares ({@code --port} of {@code create deployment}), or 0 for none. */
  public int containerPort() {
    return containerPort;
  }

  void declarePort(int port) {
    containerPort = port;
  }

  /** The image (model version) new pods run. */
  public String image() {
    return image;
  }

  /** The desired number of pods. */
  public int replicas() {
    return replicas;
  }

  /** When it was created, in simulated nanoseconds. */
  public long createdAt() {
    return createdAt;
  }

  int revision() {
    return revision;
  }

  /** Sets a new image; returns whether it differed (and so started a rollout). */
  boolean setImage(String newImage) {
    if (newImage.equals(image)) {
      return false;
    }
    image = newImage;
    revision++;
    return true;
  }

  /** Starts a rolling replacement of every pod with the same template. */
  void restart() {
    revision++;
  }

  void scale(int newReplicas) {
    replicas = newReplicas;
  }

  /** The pods it manages now. */
  public List<Pod> pods() {
    return List.copyOf(pods);
  }

  void adopt(Pod pod) {
    pods.add(pod);
  }

  /** How many of its pods are ready at {@code now}. */
  public int readyReplicas(long now) {
    return (int) pods.stream().filter(pod -> pod.isReady(now)).count();
  }

  /** How many of its pods run the current template. */
  public int updatedReplicas() {
    return (int) pods.stream().filter(pod -> pod.revision() == revision).count();
  }

  /** Whether every pod runs the current template, is ready, and there are exactly enough. */
  public boolean isRolledOut(long now) {
    return pods.size() == replicas && updatedReplicas() == replicas && readyReplicas(now) == replicas;
  }

  /** The most pods above the desired count during a rollout: 25 %, rounded up. */
  int maxSurge() {
    return (replicas + 3) / 4;
  }

  /** The most ready pods below the desired count during a rollout: 25 %, rounded down (1 if both are 0). */
  int maxUnavailable() {
    return replicas / 4 == 0 && maxSurge() == 0 ? 1 : replicas / 4;
  }

  /**
   * Creates and deletes pods one step towards the desired state. During a rollout it follows the
   * default RollingUpdate strategy: at most {@link #maxSurge()} pods above the desired count, and
   * at least the desired count minus {@link #maxUnavailable()} ready, old pods that are not ready
   * going first.
   */
  void reconcile(long now, PodFactory factory) {
    pods.removeIf(pod -> !pod.isOwned());
    boolean rolling = pods.stream().anyMatch(pod -> pod.revision() != revision);
    if (!rolling) {
      while (pods.size() < replicas) {
        pods.add(factory.create(this));
      }
      List<Pod> extra = pods.stream()
          .sorted(Comparator.comparing((Pod pod) -> pod.isReady(now)).thenComparing(Pod::createdAt, Comparator.reverseOrder()))
          .limit(Math.max(0, pods.size() - replicas))
          .toList();
      extra.forEach(pod -> remove(pod, factory));
      return;
    }
    while (pods.size() < replicas + maxSurge() && updatedReplicas() < replicas) {
      pods.add(factory.create(this));
    }
    int minAvailable = replicas - maxUnavailable();
    long newUnready = pods.stream().filter(pod -> pod.revision() == revision && !pod.isReady(now)).count();
    long scaleDown = pods.size() - minAvailable - newUnready;
    List<Pod> old = pods.stream().filter(pod -> pod.revision() != revision)
        .sorted(Comparator.comparing((Pod pod) -> pod.isReady(now))).toList();
    for (Pod pod : old) {
      if (scaleDown <= 0 || pod.isReady(now)) {
        break;
      }
      remove(pod, factory);
      scaleDown--;
    }
    long readyAboveMinimum = readyReplicas(now) - minAvailable;
    for (Pod pod : old) {
      if (readyAboveMinimum <= 0) {
        break;
      }
      if (pods.contains(pod)) {
        remove(pod, factory);
        readyAboveMinimum--;
      }
    }
    while (pods.size() < replicas + maxSurge() && updatedReplicas() < replicas) {
      pods.add(factory.create(this));
    }
  }

  private void remove(Pod pod, PodFactory factory) {
    pods.remove(pod);
    factory.delete(pod);
  }

  /** Deletes every pod it manages. */
  void deletePods(PodFactory factory) {
    List.copyOf(pods).forEach(pod -> remove(pod, factory));
  }
}
