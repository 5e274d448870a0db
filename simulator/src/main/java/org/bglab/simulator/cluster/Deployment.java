package org.bglab.simulator.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A deployment: a desired number of identical pods running one image, which it creates, replaces
 * and removes to match. Its selector (the labels given at creation) is fixed; its own metadata
 * labels can change without touching the pods.
 *
 * <p>A change of image or a restart starts a rolling replacement with at most one extra pod and
 * no pod missing (max surge 1, max unavailable 0): a new pod is created, and an old one is deleted
 * only once enough new pods are ready. So the pods keep the same labels throughout, and a Service
 * that selected the old pods selects the new ones: a rollout never moves traffic to another
 * deployment.
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

  /** The image (model version) new pods run. */
  public String image() {
    return image;
  }

  /** The desired number of pods. */
  public int replicas() {
    return replicas;
  }

  /** When it was created, in simulated microseconds. */
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

  /** Creates and deletes pods one step towards the desired state. */
  void reconcile(long now, PodFactory factory) {
    pods.removeIf(pod -> !pod.isOwned());
    List<Pod> old = pods.stream().filter(pod -> pod.revision() != revision).toList();
    for (Pod pod : old) {
      if (!pod.isReady(now)) {
        remove(pod, factory);
      }
    }
    List<Pod> oldReady = pods.stream().filter(pod -> pod.revision() != revision).toList();
    int ready = readyReplicas(now);
    for (Pod pod : oldReady) {
      if (ready - 1 < replicas) {
        break;
      }
      remove(pod, factory);
      ready--;
    }
    boolean rolling = pods.stream().anyMatch(pod -> pod.revision() != revision);
    int limit = rolling ? replicas + 1 : replicas;
    while (pods.size() < limit && updatedReplicas() < replicas) {
      pods.add(factory.create(this));
    }
    if (!rolling) {
      List<Pod> extra = pods.stream()
          .sorted(Comparator.comparing((Pod pod) -> pod.isReady(now)).thenComparing(Pod::createdAt, Comparator.reverseOrder()))
          .limit(Math.max(0, pods.size() - replicas))
          .toList();
      extra.forEach(pod -> remove(pod, factory));
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
