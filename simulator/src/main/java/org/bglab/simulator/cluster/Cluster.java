package org.bglab.simulator.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bglab.simulator.metrics.OperationCounter;

/**
 * A small Kubernetes-like cluster on a simulated clock: deployments and their pods, Services and
 * their endpoints, a kube-proxy per node, and the traffic sent to Services. Every public method
 * leaves the cluster settled: whatever is due at the current instant has happened.
 *
 * <p>Time moves only through {@link #advanceTo}. Randomness (which node a request enters, which
 * endpoint serves it) comes from the {@link SplittableRandom} the caller passes (a scenario passes
 * its {@code RandomStreams} stream for request paths), so a seeded caller gets
 * the same run every time. The {@code kubectl} command line is in {@link Kubectl}.
 */
public final class Cluster {

  private final ClusterClock clock = new ClusterClock();
  private final List<ClusterEvent> events = new ArrayList<>();
  private final OperationCounter operations = new OperationCounter();
  private final Workloads workloads = new Workloads(clock);
  private final Map<String, Service> services = new LinkedHashMap<>();
  private final Map<String, EndpointsChange> lastPatch = new LinkedHashMap<>();
  private final EndpointsController endpoints = new EndpointsController();
  private final KubeProxies proxies = new KubeProxies(clock, events::add);
  private final KeepAliveConnections connections = new KeepAliveConnections(clock, events::add);
  private final ModelFaults faults = new ModelFaults();

  /** The current simulated time, in nanoseconds since the cluster started. */
  public long now() {
    return clock.now();
  }

  /** Runs everything scheduled up to {@code time}, in order, and moves the clock there. */
  public void advanceTo(long time) {
    while (clock.runNextInstant(time, this::happen)) {
      refresh();
    }
    clock.moveTo(Math.max(time, clock.now()));
  }

  /** The time of the next thing scheduled, or {@link Long#MAX_VALUE} when nothing is. */
  public long nextEventTime() {
    return clock.nextEventTime();
  }

  /** Events since the last call, oldest first. */
  public List<ClusterEvent> drainEvents() {
    List<ClusterEvent> drained = List.copyOf(events);
    events.clear();
    return drained;
  }

  /** The time a new pod takes to become ready, in nanoseconds. */
  public long readinessDelay() {
    return workloads.readinessDelay();
  }

  /** Sets the time new pods take to become ready. */
  public void setReadinessDelay(long delay) {
    workloads.setReadinessDelay(delay);
  }

  /** How long a deleted pod keeps serving while it terminates, in nanoseconds (0: it stops at once). */
  public long terminationGrace() {
    return workloads.terminationGrace();
  }

  /**
   * Sets how long a deleted pod keeps serving while it terminates. With 0, bglab's default, a
   * deleted pod's model server stops at once. Otherwise the pod terminates: it leaves the ready
   * endpoints at once, but kube-proxy still sends it new connections while the Service has no ready
   * endpoint, until the grace period ends.
   */
  public void setTerminationGrace(long grace) {
    workloads.setTerminationGrace(grace);
  }

  /** How endpoint changes reach the nodes. */
  public PropagationSettings propagation() {
    return proxies.settings();
  }

  /**
   * Changes how endpoint changes reach the nodes (and the number of nodes).
   *
   * @throws IllegalStateException while a change is still reaching the nodes
   */
  public void configurePropagation(PropagationSettings settings) {
    proxies.configure(settings);
  }

  // ---- deployments and pods ----

  /**
   * Creates a deployment whose pods carry {@code labels} (also its selector) and run
   * {@code image}; the pods become ready after the readiness delay.
   */
  public Deployment createDeployment(String name, String image, int replicas, Labels labels) {
    Deployment deployment = workloads.create(name, image, replicas, labels);
    written();
    return deployment;
  }

  /** The deployment called {@code name}. */
  public Deployment deployment(String name) {
    return workloads.deployment(name);
  }

  /** Every deployment, in creation order. */
  public List<Deployment> deployments() {
    return workloads.deployments();
  }

  /**
   * Sets the image of a deployment's container ({@code *} for every container), starting a rolling
   * replacement when it differs.
   *
   * @return whether the image changed
   */
  public boolean setImage(String deployment, String container, String image) {
    Deployment target = workloads.deployment(deployment);
    if (!container.equals("*") && !container.equals(target.container())) {
      throw new ApiException("error: unable to find container named \"" + container + "\"");
    }
    boolean changed = target.setImage(image);
    written();
    return changed;
  }

  /** Replaces every pod of a deployment, one at a time, with the same template. */
  public void restart(String deployment) {
    workloads.deployment(deployment).restart();
    written();
  }

  /** Changes the number of pods a deployment keeps. */
  public void scale(String deployment, int replicas) {
    Workloads.checkReplicas(replicas);
    workloads.deployment(deployment).scale(replicas);
    written();
  }

  /** Deletes a deployment and its pods, at once. */
  public void deleteDeployment(String name) {
    workloads.delete(name);
    written();
  }

  /** Replaces the labels of a deployment object (its pods keep theirs). */
  public void relabelDeployment(String name, Labels labels) {
    workloads.deployment(name).relabel(labels);
    written();
  }

  /** The live pods, oldest first. */
  public List<Pod> pods() {
    return workloads.pods();
  }

  /** The live pod called {@code name}. */
  public Pod pod(String name) {
    return workloads.pod(name);
  }

  /** Replaces the labels of a pod; a pod that leaves its deployment's selector is replaced. */
  public void relabelPod(String name, Labels labels) {
    workloads.relabel(workloads.pod(name), labels);
    written();
  }

  /** Deletes a pod (its deployment, if it still manages it, creates a replacement). */
  public void deletePod(String name) {
    workloads.deletePod(name);
    written();
  }

  /** Records one write request sent to the API server and brings the cluster up to date. */
  void written() {
    operations.recordUpdateCall();
    settle();
  }

  // ---- Services ----

  /** Creates a Service; {@code selector} may be empty (then it gets no endpoints). */
  public Service createService(String name, Labels selector, int port, int targetPort) {
    ObjectNode manifest = JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", "Service");
    manifest.putObject("metadata").put("name", name);
    ObjectNode spec = manifest.putObject("spec");
    if (!selector.isEmpty()) {
      selector.entries().forEach(spec.putObject("selector")::put);
    }
    spec.putArray("ports").addObject().put("protocol", "TCP").put("port", port).put("targetPort", targetPort);
    spec.put("type", "ClusterIP");
    return createService(manifest);
  }

  /**
   * Creates a Service from its manifest (as {@code kubectl create ... -o json} prints it),
   * checked and completed as the API server does; it gets the next free cluster IP.
   */
  public Service createService(ObjectNode manifest) {
    String name = manifest.path("metadata").path("name").asText();
    if (services.containsKey(name)) {
      throw ApiException.alreadyExists("services", name);
    }
    ObjectNode stored = manifest.deepCopy();
    if (!stored.path("spec").isObject()) {
      stored.putObject("spec");
    }
    ((ObjectNode) stored.get("spec")).put("clusterIP", "10.96.0." + (10 + services.size()));
    Service service = new Service(stored, now());
    services.put(name, service);
    written();
    return service;
  }

  /** The Service called {@code name}. */
  public Service service(String name) {
    Service service = services.get(name);
    if (service == null) {
      throw ApiException.notFound("services", name);
    }
    return service;
  }

  /** Every Service, in creation order. */
  public List<Service> services() {
    return List.copyOf(services.values());
  }

  /** Applies a JSON merge patch to a Service; see {@link #patchService(String, JsonNode, PatchType)}. */
  public PatchResult patchService(String name, JsonNode patch) {
    return patchService(name, patch, PatchType.MERGE);
  }

  /**
   * Patches a Service: one write request, and one selector write when the selector changes. The
   * endpoints are recomputed at once; the nodes follow as configured. A patch that removes the
   * selector leaves the endpoints as they were: the endpoints controller manages only Services
   * with a selector.
   *
   * @return the propagation of the patch, still in progress when nodes sync later
   * @throws ApiException when the patch cannot be applied or its result is not a valid Service
   */
  public PatchResult patchService(String name, JsonNode patch, PatchType type) {
    Service service = service(name);
    boolean selectorChanged = service.replace(type.apply(service.document(), patch));
    if (selectorChanged) {
      operations.recordPointerWrites(1);
      if (!service.hasSelector()) {
        events.add(new ClusterEvent.SelectorRemoved(now(), name, endpoints(name).size()));
      }
    }
    EndpointsChange change = recompute(service, ChangeCause.SELECTOR_PATCH, selectorChanged ? 1 : 0);
    if (change == null) {
      change = EndpointsChange.none(name, ChangeCause.SELECTOR_PATCH, now(), selectorChanged ? 1 : 0, endpoints.of(name));
    }
    lastPatch.put(name, change);
    written();
    return new PatchResult(selectorChanged, change.report());
  }

  /** The propagation of the last patch of {@code service}, as it stands now. */
  public Optional<PropagationReport> lastPatch(String service) {
    return Optional.ofNullable(lastPatch.get(service)).map(EndpointsChange::report);
  }

  /** Deletes a Service and every connection to it. */
  public void deleteService(String name) {
    service(name);
    services.remove(name);
    endpoints.remove(name);
    proxies.forget(name);
    connections.closeAll(name);
    written();
  }

  /**
   * The endpoints of {@code service} now: the ready pods its selector matches, or for a Service
   * without a selector whatever endpoints it had when it lost the selector (pods deleted since
   * included: nobody updates them).
   */
  public List<Pod> endpoints(String service) {
    service(service);
    return endpoints.of(service).pods();
  }

  // ---- traffic ----

  /**
   * Makes {@code image} a faulty model version: pods running it become ready and receive traffic
   * as usual, but answer each request with an error ({@code model error}) with probability
   * {@code errorRate}; 0 makes the image healthy again. Applies at once to pods already running.
   *
   * @throws IllegalArgumentException when the rate is not between 0 and 1
   */
  public void setErrorRate(String image, double errorRate) {
    faults.set(image, errorRate);
  }

  /** The share of requests answered with an error by pods running {@code image}; 0 if healthy. */
  public double errorRate(String image) {
    return faults.errorRate(image);
  }

  /** Every faulty image with its error rate, sorted by image. */
  public Map<String, Double> faultyImages() {
    return faults.all();
  }

  /**
   * Sends one request to {@code service} on a new connection through a random node. It fails
   * when the node knows no endpoint, when the endpoint it picks is gone, or when the pod's model
   * version is faulty and answers with an error.
   */
  public RequestOutcome sendRequest(String service, SplittableRandom random) {
    return faults.answer(connect(service, random), random);
  }

  /** Routes a new connection to a pod of {@code service}, without asking the pod anything yet. */
  private RequestOutcome connect(String service, SplittableRandom random) {
    if (!services.containsKey(service)) {
      return RequestOutcome.failed("service not found", false);
    }
    operations.recordRoutingRead();
    Pod pod = proxies.route(service, random);
    if (pod == null) {
      return RequestOutcome.failed("no endpoints", false);
    }
    return pod.isDeleted() ? RequestOutcome.failed("pod gone", false) : RequestOutcome.served(pod, false);
  }

  /**
   * Opens {@code count} keep-alive connections to {@code service}, each routed like a request.
   *
   * @param lifetime how long they stay open, or a negative value for "until closed"
   * @return the number opened (a connection cannot open when its node knows no live endpoint)
   */
  public int openConnections(String service, int count, long lifetime, SplittableRandom random) {
    int opened = 0;
    for (int i = 0; i < count; i++) {
      RequestOutcome outcome = connect(service, random);
      if (!outcome.isFailed()) {
        connections.open(service, workloads.pod(outcome.pod()), lifetime);
        opened++;
      }
    }
    connections.scheduleClosing(service, opened, lifetime);
    return opened;
  }

  /**
   * Sends one request on a random open keep-alive connection to {@code service}; when none is
   * open, on a new connection.
   */
  public RequestOutcome sendOnConnection(String service, SplittableRandom random) {
    Pod pod = connections.pick(service, random);
    if (pod == null) {
      return sendRequest(service, random);
    }
    return pod.isDeleted()
        ? RequestOutcome.failed("connection reset", true)
        : faults.answer(RequestOutcome.served(pod, true), random);
  }

  /** The open keep-alive connections to {@code service}, by the deployment of their pod. */
  public Tally openConnections(String service) {
    return connections.openTo(service);
  }

  /** Closes every keep-alive connection to {@code service}; returns how many were open. */
  public int closeConnections(String service) {
    return connections.closeAll(service);
  }

  /** Everything counted so far. */
  public ClusterCounts counts() {
    return new ClusterCounts(operations.snapshot(),
        new PropagationCounts(endpoints.endpointsTouched(), proxies.ruleWrites(), proxies.syncs()));
  }

  // ---- keeping up to date ----

  private void settle() {
    refresh();
    while (clock.runNextInstant(clock.now(), this::happen)) {
      refresh();
    }
  }

  private void refresh() {
    workloads.reconcile(events::add);
    for (Service service : services.values()) {
      recompute(service, ChangeCause.PODS, 0);
    }
  }

  /** Carries out what is due on the clock now. */
  private void happen(ClockEvent event) {
    if (event instanceof ClockEvent.PodReady ready) {
      workloads.ready(ready.pod());
    } else if (event instanceof ClockEvent.GraceEnds ends) {
      workloads.remove(ends.pod());
    } else if (event instanceof ClockEvent.NodeSyncs syncs) {
      proxies.synced(syncs.change(), syncs.node());
    } else if (event instanceof ClockEvent.ConnectionsExpire expire) {
      connections.expire(expire.service(), expire.closesAt());
    }
  }

  private EndpointsChange recompute(Service service, ChangeCause cause, long selectorWrites) {
    List<Pod> before = endpoints.of(service.name()).pods();
    long touched = endpoints.recompute(service, workloads.pods(), now());
    if (touched < 0) {
      return null;
    }
    EndpointsController.EndpointSet after = endpoints.of(service.name());
    EndpointsChange propagation = proxies.publish(service.name(), cause, selectorWrites,
        Tally.byDeployment(before), after, touched);
    long added = after.pods().stream().filter(pod -> !before.contains(pod)).count();
    long removed = before.stream().filter(pod -> !after.pods().contains(pod)).count();
    events.add(new ClusterEvent.EndpointsChanged(now(), service.name(), propagation.after(),
        Tally.byDeployment(before), added, removed));
    return propagation;
  }
}
