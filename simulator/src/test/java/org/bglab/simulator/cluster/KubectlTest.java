package org.bglab.simulator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.bglab.simulator.kernel.Durations;

/** Each kubectl command's effect on the cluster model, and its messages. */
class KubectlTest {

  private Cluster cluster;
  private Kubectl kubectl;

  @BeforeEach
  void blueAndGreenReady() {
    cluster = new Cluster();
    kubectl = new Kubectl(cluster);
    ok("bglab create deployment blue --image=model:v1 --replicas=3 --labels=app=model,env=blue");
    ok("bglab create deployment green --image=model:v2 --replicas=2 --labels=app=model,env=green");
    ok("kubectl expose deployment blue --name=model-service --port=80 --target-port=8080");
    cluster.advanceTo(cluster.readinessDelay());
  }

  private KubectlResult run(String line) {
    return line.startsWith("bglab ") ? kubectl.runAddition(ShellWords.split(line)) : kubectl.run(line);
  }

  private String ok(String line) {
    KubectlResult result = run(line);
    assertFalse(result.failed(), () -> line + " failed: " + result.output());
    return result.output();
  }

  private String error(String line) {
    KubectlResult result = run(line);
    assertTrue(result.failed(), () -> line + " should fail but printed: " + result.output());
    return result.output();
  }

  private Tally endpoints() {
    return Tally.byDeployment(cluster.endpoints("model-service"));
  }

  private Set<String> podNames(String deployment) {
    return cluster.deployment(deployment).pods().stream().map(Pod::name).collect(Collectors.toSet());
  }

  @Test
  void createDeploymentMakesPodsThatBecomeReadyAfterTheDelay() {
    assertEquals("deployment.apps/red created", ok("create deployment red --image=reg.io/team/model:v3 --replicas=4"));
    Deployment red = cluster.deployment("red");
    assertEquals(4, red.pods().size());
    assertEquals("model", red.container());
    assertEquals("app=red", red.selector().toString());
    assertEquals(0, red.readyReplicas(cluster.now()));
    cluster.advanceTo(cluster.now() + cluster.readinessDelay() - 1);
    assertEquals(0, red.readyReplicas(cluster.now()));
    cluster.advanceTo(cluster.now() + 1);
    assertEquals(4, red.readyReplicas(cluster.now()));
    assertTrue(red.pods().stream().allMatch(pod -> pod.image().equals("reg.io/team/model:v3")));
  }

  @Test
  void exposeSelectsTheDeploymentsPods() {
    assertEquals("app=model,env=blue", cluster.service("model-service").selector().toString());
    assertEquals(3, endpoints().get("blue"));
    assertEquals(0, endpoints().get("green"));
  }

  @Test
  void createServiceTakesASelectorOnlyAsABglabAddition() {
    assertEquals("service/test created", ok("bglab create service clusterip test --selector=env=green --tcp=80:8080"));
    assertEquals(2, Tally.byDeployment(cluster.endpoints("test")).get("green"));
    assertTrue(error("kubectl create service clusterip other --selector=app=model --tcp=80")
        .startsWith("error: unknown flag: --selector (real kubectl has no --selector here;"));
    assertTrue(error("kubectl create deployment red --image=model:v3 --labels=app=red")
        .startsWith("error: unknown flag: --labels (real kubectl has no --labels here;"));
    assertTrue(error("bglab get pods").contains("is not one of bglab's additions"));
    assertTrue(error("bglab create deployment red --image=model:v3").contains("is not one of bglab's additions"));
    assertEquals("error: unknown command \"other\" for \"kubectl create service\" (bglab models ClusterIP Services:"
        + " kubectl create service clusterip NAME --tcp=PORT:TARGET)", error("create service other --tcp=80"));
    assertEquals("error: at least one tcp port specifier must be provided", error("create service clusterip other"));
  }

  @Test
  void setSelectorReplacesTheWholeSelectorInOneWrite() {
    long before = cluster.counts().operations().pointerWrites();
    assertEquals("service/model-service selector updated", ok("kubectl set selector service model-service env=green"));
    assertEquals("env=green", cluster.service("model-service").selector().toString());
    assertEquals(2, endpoints().get("green"));
    assertEquals(1, cluster.counts().operations().pointerWrites() - before);
    ok("kubectl set selector service/model-service 'app=model,env=blue'");
    assertEquals(3, endpoints().get("blue"));
    assertTrue(error("kubectl set selector service model-service 'env=gr@en'")
        .startsWith("error: couldn't parse the selector string \"env=gr@en\": unable to parse requirement:"
            + " values[0][env]: Invalid value: \"gr@en\": a valid label must be an empty string"));
  }

  @Test
  void patchMovesTheEndpointsWithOneSelectorWrite() {
    ClusterCounts before = cluster.counts();
    assertEquals("service/model-service patched",
        ok("kubectl patch service model-service -p '{\"spec\":{\"selector\":{\"env\":\"green\"}}}'"));
    assertEquals("app=model,env=green", cluster.service("model-service").selector().toString());
    assertEquals(new Tally(new java.util.TreeMap<>(java.util.Map.of("green", 2L))), endpoints());
    ClusterCounts after = cluster.counts();
    assertEquals(1, after.operations().pointerWrites() - before.operations().pointerWrites());
    assertEquals(1, after.operations().updateCalls() - before.operations().updateCalls());
    assertEquals(0, after.operations().entriesWritten());
    assertEquals(5, after.propagation().minus(before.propagation()).endpointsTouched());
  }

  @Test
  void patchAcceptsEveryWayOfGivingThePatch() {
    ok("patch svc model-service --patch '{\"spec\":{\"selector\":{\"env\":\"green\"}}}'");
    assertEquals(2, endpoints().get("green"));
    ok("patch service/model-service --type merge -p='{\"spec\":{\"selector\":{\"env\":\"blue\"}}}'");
    assertEquals(3, endpoints().get("blue"));
    ok("patch service model-service --type=merge --patch=\"{\\\"spec\\\":{\\\"selector\\\":{\\\"env\\\":\\\"green\\\"}}}\"");
    assertEquals(2, endpoints().get("green"));
    // unquoted, the shell removes the double quotes, so kubectl cannot parse the patch either
    assertTrue(error("patch service model-service --patch={\"spec\":{}}").startsWith("error: unable to parse \"{spec:{}}\""));
  }

  @Test
  void patchWithNullRemovesASelectorKey() {
    ok("patch service model-service -p '{\"spec\":{\"selector\":{\"env\":null}}}'");
    assertEquals("app=model", cluster.service("model-service").selector().toString());
    assertEquals(5, cluster.endpoints("model-service").size());
  }

  /**
   * Documented behaviour (Kubernetes API reference, ServiceSpec.selector; EndpointSlice controller
   * syncService): without a selector the controllers leave the Service's endpoints alone, so the
   * ones it had stay, and nothing removes the pods that go away later.
   */
  @Test
  void removingTheSelectorLeavesTheEndpointsUnmanaged() {
    ok("patch service model-service -p '{\"spec\":{\"selector\":null}}'");
    assertTrue(cluster.service("model-service").selector().isEmpty());
    assertFalse(cluster.service("model-service").document().path("spec").has("selector"));
    assertEquals(3, endpoints().get("blue"));
    SplittableRandom random = new SplittableRandom(1);
    assertTrue(cluster.sendRequest("model-service", random).deployment().equals("blue"));
    ok("delete deployment blue");
    assertEquals(3, endpoints().get("blue"), "nobody removes the deleted pods from an unmanaged slice");
    RequestOutcome outcome = cluster.sendRequest("model-service", random);
    assertEquals("pod gone", outcome.failure());
    ok("kubectl set selector service model-service 'app=model,env=green'");
    assertEquals(2, endpoints().get("green"), "with a selector again, the controller manages the slice again");
    assertEquals(0, endpoints().get("blue"));
  }

  @Test
  void patchThatChangesNothingSaysSoAndWritesNoSelector() {
    long writes = cluster.counts().operations().pointerWrites();
    assertEquals("service/model-service patched (no change)",
        ok("patch service model-service -p '{\"spec\":{\"selector\":{\"env\":\"blue\"}}}'"));
    assertEquals(writes, cluster.counts().operations().pointerWrites());
  }

  @Test
  void patchToLabelsNoPodCarriesLeavesNoEndpoints() {
    ok("patch service model-service -p '{\"spec\":{\"selector\":{\"env\":\"Green\"}}}'");
    assertEquals(0, cluster.endpoints("model-service").size());
    RequestOutcome outcome = cluster.sendRequest("model-service", new SplittableRandom(1));
    assertEquals("no endpoints", outcome.failure());
  }

  @Test
  void patchErrorsReadLikeKubectl() {
    assertEquals("Error from server (NotFound): services \"nope\" not found",
        error("patch service nope -p '{\"spec\":{}}'"));
    assertTrue(error("patch service model-service -p '{\"spec\":'").startsWith("error: unable to parse"));
    assertTrue(error("patch service model-service").startsWith("error: must specify --patch"));
    assertTrue(error("patch service model-service --type json -p '[]'").contains("not supported"));
    assertTrue(error("patch service model-service -p '{\"spec\":{\"selector\":{\"env\":3}}}'")
        .contains("cannot unmarshal number"));
    assertTrue(error("patch service model-service -p '{\"metadata\":{\"name\":\"x\"}}'").contains("immutable"));
    assertEquals("app=model,env=blue", cluster.service("model-service").selector().toString());
  }

  @Test
  void setImageRollsPodsOneByOneWithoutLeavingTheService() {
    Set<String> oldPods = podNames("blue");
    assertEquals("deployment.apps/blue image updated", ok("set image deployment/blue model=model:v2"));
    SplittableRandom random = new SplittableRandom(7);
    long end = cluster.now() + 10 * cluster.readinessDelay();
    while (cluster.now() < end) {
      cluster.advanceTo(cluster.now() + Durations.SECOND);
      assertTrue(cluster.endpoints("model-service").size() >= 3, "a rolling update keeps every replica available");
      RequestOutcome outcome = cluster.sendRequest("model-service", random);
      assertEquals("blue", outcome.deployment(), "traffic never moves to another deployment");
    }
    assertTrue(cluster.deployment("blue").isRolledOut(cluster.now()));
    assertTrue(cluster.deployment("blue").pods().stream().allMatch(pod -> pod.image().equals("model:v2")));
    assertTrue(podNames("blue").stream().noneMatch(oldPods::contains));
    assertEquals(3, endpoints().get("blue"));
  }

  /**
   * The default RollingUpdate strategy (Kubernetes Deployment documentation, "Max Surge" and "Max
   * Unavailable"): 25 % above, rounded up, and 25 % below, rounded down.
   */
  @Test
  void aRollingUpdateSurgesAndRemovesAQuarterAtATime() {
    ok("scale deployment blue --replicas=10");
    ok("rollout status deployment/blue");
    Deployment blue = cluster.deployment("blue");
    assertEquals(3, blue.maxSurge());
    assertEquals(2, blue.maxUnavailable());
    ok("set image deployment/blue model=model:v2");
    long fresh = blue.pods().stream().filter(pod -> pod.image().equals("model:v2")).count();
    long old = blue.pods().stream().filter(pod -> pod.image().equals("model:v1")).count();
    assertEquals(5, fresh, "3 surge pods, then 2 more once 2 old ones went");
    assertEquals(8, old, "2 of 10 may be unavailable");
    long end = cluster.now() + 10 * cluster.readinessDelay();
    while (!blue.isRolledOut(cluster.now()) && cluster.now() < end) {
      cluster.advanceTo(cluster.nextEventTime());
      assertTrue(blue.pods().size() <= 13, "never more than 10 + 3 pods");
      assertTrue(blue.readyReplicas(cluster.now()) >= 8, "never fewer than 10 - 2 ready");
    }
    assertTrue(blue.isRolledOut(cluster.now()));
    ok("scale deployment green --replicas=3");
    ok("rollout status deployment/green");
    assertEquals(List.of(1, 0), List.of(cluster.deployment("green").maxSurge(), cluster.deployment("green").maxUnavailable()),
        "at 3 replicas the quarter rounds to one extra pod and none missing: one at a time");
  }

  @Test
  void setImageNeedsAKnownContainer() {
    assertEquals("error: unable to find container named \"server\"", error("set image deployment/blue server=model:v2"));
    ok("set image deployment blue *=model:v3");
    assertEquals("model:v3", cluster.deployment("blue").image());
  }

  @Test
  void rolloutRestartReplacesPodsWithTheSameLabels() {
    Set<String> oldPods = podNames("blue");
    assertEquals("deployment.apps/blue restarted", ok("rollout restart deployment/blue"));
    String status = ok("rollout status deployment/blue");
    assertTrue(status.endsWith("deployment \"blue\" successfully rolled out"), status);
    assertEquals(3, podNames("blue").size());
    assertTrue(podNames("blue").stream().noneMatch(oldPods::contains));
    assertEquals(3, endpoints().get("blue"));
    assertEquals(0, endpoints().get("green"));
  }

  @Test
  void rolloutStatusTimesOut() {
    ok("scale deployment green --replicas=4");
    String message = error("rollout status deployment/green --timeout=1s");
    assertTrue(message.endsWith("error: timed out waiting for the condition"), message);
  }

  @Test
  void deleteDeploymentRemovesItsPodsAndTheEndpoints() {
    assertEquals("deployment.apps \"blue\" deleted", ok("delete deployment blue"));
    assertTrue(cluster.pods().stream().noneMatch(pod -> pod.deployment().equals("blue")));
    assertEquals(0, cluster.endpoints("model-service").size());
    assertEquals("no endpoints", cluster.sendRequest("model-service", new SplittableRandom(1)).failure());
    assertEquals("Error from server (NotFound): deployments.apps \"blue\" not found", error("delete deployment blue"));
  }

  @Test
  void scaleAddsPodsThatBecomeEndpointsWhenReady() {
    assertEquals("deployment.apps/blue scaled", ok("scale deployment blue --replicas=5"));
    assertEquals(5, cluster.deployment("blue").pods().size());
    assertEquals(3, endpoints().get("blue"));
    cluster.advanceTo(cluster.now() + cluster.readinessDelay());
    assertEquals(5, endpoints().get("blue"));
    ok("scale deployment/blue --replicas 1");
    assertEquals(1, endpoints().get("blue"));
    assertEquals("error: required flag(s) \"replicas\" not set", error("scale deployment blue"));
  }

  @Test
  void replicaCountsOutsideZeroToTheCapAreRefusedOnCreateAndScale() {
    assertEquals("error: --replicas must be a non-negative number",
        error("create deployment red --image=model:v3 --replicas=-3"));
    assertEquals("error: --replicas must be a non-negative number", error("scale deployment blue --replicas=-1"));
    String tooMany = "error: --replicas must be at most 10000 in bglab's simulated cluster, got 100000000";
    assertEquals(tooMany, error("create deployment red --image=model:v3 --replicas=100000000"));
    assertEquals(tooMany, error("scale deployment blue --replicas=100000000"));
    assertThrows(ApiException.class, () -> cluster.deployment("red"));
    assertEquals(3, cluster.deployment("blue").pods().size());
    ok("scale deployment blue --replicas=10000");
  }

  @Test
  void labelNeedsOverwriteToChangeAValue() {
    String pod = podNames("green").iterator().next();
    assertEquals("error: 'env' already has a value (green), and --overwrite is false",
        error("label pods " + pod + " env=blue"));
    assertEquals("pod/" + pod + " labeled", ok("label pods " + pod + " tier=ml"));
    assertEquals("app=model,env=green,tier=ml", cluster.pod(pod).labels().toString());
    assertEquals("pod/" + pod + " unlabeled", ok("label pod/" + pod + " tier-"));
    assertEquals("app=model,env=green", cluster.pod(pod).labels().toString());
  }

  @Test
  void relabellingAPodIntoTheSelectorAddsItAndItsDeploymentReplacesIt() {
    String pod = podNames("green").iterator().next();
    ok("label pods " + pod + " env=blue --overwrite");
    assertEquals(3, endpoints().get("blue"));
    assertEquals(1, endpoints().get("green"), "the relabelled green pod now matches the blue selector");
    assertEquals(2, cluster.deployment("green").pods().size(), "green made a replacement for the orphan");
    assertFalse(podNames("green").contains(pod));
  }

  @Test
  void labelBySelectorAndRemoval() {
    String out = ok("label pods -l env=green version=v2");
    assertEquals(2, out.lines().count());
    assertTrue(cluster.pods().stream().filter(p -> p.deployment().equals("green"))
        .allMatch(p -> "v2".equals(p.labels().get("version"))));
    ok("label pods --all version-");
    assertTrue(cluster.pods().stream().allMatch(p -> p.labels().get("version") == null));
  }

  @Test
  void labellingTheDeploymentObjectDoesNotTouchItsPods() {
    assertEquals("deployment.apps/green labeled", ok("label deployment green env=blue --overwrite"));
    assertEquals("app=model,env=blue", cluster.deployment("green").labels().toString());
    assertEquals(0, endpoints().get("green"));
  }

  @Test
  void getEndpointsListsReadyPodAddresses() {
    String table = ok("get endpoints model-service");
    List<String> lines = table.lines().toList();
    assertEquals("Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice", lines.get(0));
    lines = lines.subList(1, lines.size());
    assertEquals(List.of("NAME", "ENDPOINTS", "AGE"), List.of(lines.get(0).split("\\s+")));
    String expected = cluster.endpoints("model-service").stream().map(p -> p.ip() + ":8080")
        .collect(Collectors.joining(","));
    assertEquals(expected, lines.get(1).split("\\s+")[1]);
    ok("patch service model-service -p '{\"spec\":{\"selector\":{\"env\":\"none\"}}}'");
    assertTrue(ok("get ep model-service").lines().skip(2).findFirst().orElseThrow().contains("<none>"));
  }

  @Test
  void getEndpointSlicesListsAddressesWithoutPorts() {
    String table = ok("get endpointslices -l kubernetes.io/service-name=model-service");
    List<String> lines = table.lines().toList();
    assertEquals(List.of("NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"), List.of(lines.get(0).split("\\s+")));
    String[] row = lines.get(1).split("\\s+");
    assertTrue(row[0].matches("model-service-[a-z0-9]{5}"), row[0]);
    assertEquals(List.of("IPv4", "8080"), List.of(row[1], row[2]));
    assertEquals(cluster.endpoints("model-service").stream().map(Pod::ip).collect(Collectors.joining(",")), row[3]);
    assertEquals(table, ok("get endpointslice " + row[0]));
    assertEquals("No resources found in default namespace.", ok("get endpointslices -l kubernetes.io/service-name=x"));
    assertEquals("Error from server (NotFound): endpointslices.discovery.k8s.io \"x\" not found", error("get endpointslice x"));
  }

  @Test
  void getPodsServicesAndDeployments() {
    List<String> pods = ok("get pods").lines().toList();
    assertEquals(6, pods.size());
    assertTrue(pods.get(0).startsWith("NAME"));
    assertTrue(pods.stream().skip(1).allMatch(line -> line.contains("1/1")));
    assertEquals(3, ok("get pods -l env=green --show-labels").lines().count());
    assertTrue(ok("get svc -o wide").contains("app=model,env=blue"));
    assertTrue(ok("get services").contains("model-service"));
    assertTrue(ok("get deploy").contains("3/3"));
    assertTrue(ok("get service model-service -o json").contains("\"selector\""));
    ok("delete service model-service");
    assertEquals("No resources found in default namespace.", ok("get services"));
  }

  @Test
  void unknownCommandsAndFlagsReadLikeKubectl() {
    assertEquals("error: unknown command \"foo\" for \"kubectl\"", error("kubectl foo"));
    assertEquals("error: unknown flag: --color", error("get pods --color"));
    assertEquals("error: the server doesn't have a resource type \"ingress\"", error("get ingress"));
    assertEquals("Error from server (AlreadyExists): deployments.apps \"blue\" already exists",
        error("create deployment blue --image=x"));
    assertEquals("error: required flag(s) \"image\" not set", error("create deployment red"));
    assertEquals("Error from server (NotFound): deployments.apps \"x\" not found", error("rollout restart deployment/x"));
    assertTrue(error("get pods -n prod").contains("namespaces \"prod\" not found"));
  }

  @Test
  void readOnlyCommandsWriteNothing() {
    ClusterCounts before = cluster.counts();
    ok("get pods");
    ok("get endpoints");
    error("delete deployment nope");
    assertEquals(before, cluster.counts());
  }
}
