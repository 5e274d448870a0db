package org.bglab.simulator.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bglab.simulator.kernel.Durations;

/**
 * The deployments of a cluster and the pods they run: creates pods with a readiness delay,
 * deletes them, and keeps a tally of what changed at each instant to report it as events.
 */
final class Workloads implements Deployment.PodFactory {

  /** Pod name suffixes use the letters Kubernetes uses, which avoid vowels and look-alikes. */
  private static final String SUFFIX_LETTERS = "bcdfghjklmnpqrstvwxz2456789";

  /**
   * The most pods one deployment may ask for. Every pod is modelled one by one, so a typing
   * slip such as {@code --replicas=100000000} would otherwise run for hours; 10,000 replicas
   * still play out in about a second.
   */
  static final int MAX_REPLICAS = 10_000;

  private final ClusterClock clock;
  private final Map<String, Deployment> deployments = new LinkedHashMap<>();
  private final List<Pod> pods = new ArrayList<>();
  private final Map<String, int[]> changes = new LinkedHashMap<>();
  private final java.util.Set<String> podNames = new java.util.HashSet<>();
  private long readinessDelay = 10 * Durations.SECOND;
  private long terminationGrace;
  private long podsCreated;

  Workloads(ClusterClock clock) {
    this.clock = clock;
  }

  long readinessDelay() {
    return readinessDelay;
  }

  void setReadinessDelay(long delay) {
    if (delay < 0) {
      throw new IllegalArgumentException("the readiness delay cannot be negative");
    }
    readinessDelay = delay;
  }

  long terminationGrace() {
    return terminationGrace;
  }

  void setTerminationGrace(long grace) {
    if (grace < 0) {
      throw new IllegalArgumentException("the termination grace period cannot be negative");
    }
    terminationGrace = grace;
  }

  Deployment create(String name, String image, int replicas, Labels labels) {
    checkReplicas(replicas);
    if (deployments.containsKey(name)) {
      throw ApiException.alreadyExists("deployments.apps", name);
    }
    Deployment deployment = new Deployment(name, labels, containerNameOf(image), image, replicas, clock.now());
    deployments.put(name, deployment);
    return deployment;
  }

  /** Refuses a replica count below 0 or above {@link #MAX_REPLICAS}, as kubectl would print it. */
  static void checkReplicas(int replicas) {
    if (replicas < 0) {
      throw new ApiException("error: --replicas must be a non-negative number");
    }
    if (replicas > MAX_REPLICAS) {
      throw new ApiException("error: --replicas must be at most " + MAX_REPLICAS
          + " in bglab's simulated cluster, got " + replicas);
    }
  }

  /** The container name kubectl derives from an image: {@code registry/model:v1} -> {@code model}. */
  static String containerNameOf(String image) {
    String base = image.substring(image.lastIndexOf('/') + 1);
    int tag = base.indexOf(':');
    int digest = base.indexOf('@');
    int end = tag >= 0 ? tag : digest >= 0 ? digest : base.length();
    return base.substring(0, end);
  }

  Deployment deployment(String name) {
    Deployment deployment = deployments.get(name);
    if (deployment == null) {
      throw ApiException.notFound("deployments.apps", name);
    }
    return deployment;
  }

  List<Deployment> deployments() {
    return List.copyOf(deployments.values());
  }

  void delete(String name) {
    deployment(name).deletePods(this);
    deployments.remove(name);
  }

  /** The live pods, oldest first. */
  List<Pod> pods() {
    return List.copyOf(pods);
  }

  Pod pod(String name) {
    return pods.stream().filter(pod -> pod.name().equals(name)).findFirst()
        .orElseThrow(() -> ApiException.notFound("pods", name));
  }

  /** Gives a pod new labels; a pod that leaves its deployment's selector is orphaned. */
  void relabel(Pod pod, Labels labels) {
    pod.relabel(labels);
    Deployment owner = deployments.get(pod.deployment());
    if (pod.isOwned() && owner != null && !owner.selector().selects(labels)) {
      pod.release();
      tally(pod.deployment())[3]++;
    }
  }

  void deletePod(String name) {
    delete(pod(name));
  }

  @Override
  public Pod create(Deployment deployment) {
    long serial = ++podsCreated;
    String prefix = deployment.name() + "-" + templateHash(deployment) + "-";
    long attempt = serial;
    while (!podNames.add(prefix + suffix(attempt))) {
      attempt += 1L << 32;
    }
    String name = prefix + suffix(attempt);
    String ip = "10.244." + (serial / 250) + "." + (serial % 250 + 2);
    Pod pod = new Pod(name, deployment.name(), deployment.image(), deployment.revision(),
        deployment.selector(), ip, clock.now(), clock.now() + readinessDelay);
    pods.add(pod);
    tally(deployment.name())[0]++;
    clock.schedule(readinessDelay, new ClockEvent.PodReady(pod));
    return pod;
  }

  /** {@code pod} has passed its readiness delay (a pod deleted meanwhile is not counted). */
  void ready(Pod pod) {
    if (!pod.isDeleted()) {
      tally(pod.deployment())[1]++;
    }
  }

  /**
   * Deletes a pod: at once when the grace period is 0 (bglab's default: the model server stops as
   * soon as it is told to), otherwise the pod terminates, serving until the grace period ends.
   */
  @Override
  public void delete(Pod pod) {
    if (pod.isTerminating() || pod.isDeleted()) {
      return;
    }
    if (terminationGrace == 0) {
      remove(pod);
      return;
    }
    pod.terminate();
    tally(pod.deployment())[4]++;
    clock.schedule(terminationGrace, new ClockEvent.GraceEnds(pod));
  }

  /** Removes {@code pod}: it stops serving and is gone. */
  void remove(Pod pod) {
    pod.delete();
    pods.remove(pod);
    tally(pod.deployment())[2]++;
  }

  private int[] tally(String deployment) {
    return changes.computeIfAbsent(deployment, name -> new int[5]);
  }

  /** Lets every deployment converge one step, then reports what changed since the last call. */
  void reconcile(Consumer<ClusterEvent> events) {
    for (Deployment deployment : deployments.values()) {
      deployment.reconcile(clock.now(), this);
    }
    changes.forEach((name, counts) -> {
      Deployment deployment = deployments.get(name);
      events.accept(new ClusterEvent.PodsChanged(clock.now(), name, counts[0], counts[1], counts[2],
          counts[3], counts[4], terminationGrace, Optional.ofNullable(deployment).map(d ->
              new ClusterEvent.Replicas(d.readyReplicas(clock.now()), d.replicas(), d.updatedReplicas()))));
    });
    changes.clear();
  }

  private static String templateHash(Deployment deployment) {
    String template = deployment.name() + "|" + deployment.image() + "|" + deployment.revision();
    return encode(Integer.toUnsignedLong(template.hashCode()) * 2_654_435_761L, 10);
  }

  private static String suffix(long serial) {
    return encode(serial * 0x9E3779B97F4A7C15L, 5);
  }

  private static String encode(long value, int length) {
    StringBuilder text = new StringBuilder();
    long rest = value;
    for (int i = 0; i < length; i++) {
      text.append(SUFFIX_LETTERS.charAt((int) Long.remainderUnsigned(rest, SUFFIX_LETTERS.length())));
      rest = Long.divideUnsigned(rest, SUFFIX_LETTERS.length());
    }
    return text.toString();
  }
}
