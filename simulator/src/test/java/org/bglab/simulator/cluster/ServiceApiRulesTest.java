package org.bglab.simulator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the simulated API server does with a patched Service, with the documented behaviour as the
 * expected result: label syntax ("Labels and Selectors", Syntax and character set), annotations
 * are strings (ObjectMeta), {@code spec.clusterIP} may not change (ServiceSpec), a directive is
 * never stored, and {@code get} shows what {@code -o json} stores. A refused patch changes
 * nothing.
 */
class ServiceApiRulesTest {

  private Cluster cluster;
  private Kubectl kubectl;

  @BeforeEach
  void blueBehindAService() {
    cluster = new Cluster();
    kubectl = new Kubectl(cluster);
    assertFalse(kubectl.runAddition(List.of("create", "deployment", "blue", "--image=model:v1", "--replicas=3",
        "--labels=app=model,env=blue")).failed());
    ok("kubectl expose deployment blue --name=model-service --port=80 --target-port=8080");
    cluster.advanceTo(cluster.readinessDelay());
  }

  private String ok(String line) {
    KubectlResult result = kubectl.run(line);
    assertFalse(result.failed(), () -> line + " failed: " + result.output());
    return result.output();
  }

  /** Runs a patch the API server must refuse, and checks that it changed nothing. */
  private String refused(String line) {
    JsonNode before = cluster.service("model-service").document();
    long writes = cluster.counts().operations().pointerWrites();
    KubectlResult result = kubectl.run(line);
    assertTrue(result.failed(), () -> line + " should be refused but printed: " + result.output());
    assertEquals(before, cluster.service("model-service").document(), "a refused patch changes nothing");
    assertEquals(writes, cluster.counts().operations().pointerWrites());
    return result.output();
  }

  private JsonNode spec() {
    return cluster.service("model-service").document().path("spec");
  }

  @Test
  void aMergePatchWithADirectiveWouldStoreItAsALabelKeySoTheServerRefusesIt() {
    String message = refused("kubectl patch service model-service --type merge -p "
        + "'{\"spec\":{\"selector\":{\"$patch\":\"replace\",\"env\":\"green\"}}}'");
    assertEquals("The Service \"model-service\" is invalid: spec.selector: Invalid value: \"$patch\": name part must"
        + " consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
        + " (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is"
        + " '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')", message);
  }

  @Test
  void aStrategicPatchHonoursTheDirectiveAndNeverStoresIt() {
    ok("kubectl patch service model-service -p '{\"spec\":{\"selector\":{\"$patch\":\"replace\",\"env\":\"blue\"}}}'");
    assertEquals("env=blue", cluster.service("model-service").selector().toString());
    assertFalse(cluster.service("model-service").document().toString().contains("$patch"));
    assertEquals(3, cluster.endpoints("model-service").size());
  }

  @Test
  void labelKeysAndValuesFollowTheLabelSyntax() {
    ok("kubectl patch service model-service -p '{\"metadata\":{\"labels\":{\"example.com/tier\":\"serving\",\"empty\":\"\"}}}'");
    String longValue = "v".repeat(64);
    assertTrue(refused("kubectl patch service model-service -p '{\"spec\":{\"selector\":{\"env\":\"" + longValue + "\"}}}'")
        .endsWith("spec.selector: Invalid value: \"" + longValue + "\": must be no more than 63 characters"));
    assertTrue(refused("kubectl patch service model-service -p '{\"metadata\":{\"labels\":{\"Example.com/tier\":\"x\"}}}'")
        .contains("metadata.labels: Invalid value: \"Example.com/tier\": prefix part a lowercase RFC 1123 subdomain"));
    assertTrue(refused("kubectl patch service model-service -p '{\"metadata\":{\"labels\":{\"tier\":\"a b\"}}}'")
        .contains("metadata.labels: Invalid value: \"a b\": a valid label must be an empty string or consist of"));
    assertTrue(refused("kubectl patch service model-service -p '{\"spec\":{\"selector\":{\"" + "k".repeat(64) + "\":\"x\"}}}'")
        .contains("name part must be no more than 63 characters"));
    assertTrue(refused("kubectl patch service model-service -p '{\"spec\":{\"selector\":{\"env\":1}}}'")
        .startsWith("Error from server (BadRequest): json: cannot unmarshal number into Go struct field"
            + " ServiceSpec.spec.selector of type string"));
  }

  @Test
  void labellingAPodChecksItsLabelsAsTheServerDoes() {
    String pod = cluster.pods().get(0).name();
    KubectlResult result = kubectl.run(List.of("label", "pod", pod, "$patch=x"));
    assertTrue(result.failed());
    assertTrue(result.output().startsWith("The Pod \"" + pod + "\" is invalid: metadata.labels: Invalid value: \"$patch\""),
        result.output());
    assertFalse(cluster.pod(pod).labels().entries().containsKey("$patch"));
  }

  @Test
  void annotationsAreStrings() {
    assertEquals("Error from server (BadRequest): json: cannot unmarshal number into Go struct field"
        + " ObjectMeta.metadata.annotations of type string",
        refused("kubectl patch service model-service -p '{\"metadata\":{\"annotations\":{\"replicas\":3}}}'"));
    ok("kubectl patch service model-service -p '{\"metadata\":{\"annotations\":{\"replicas\":\"3\"}}}'");
    assertEquals("3", cluster.service("model-service").document().path("metadata").path("annotations").path("replicas").asText());
  }

  @Test
  void theClusterIpMayNotChangeOnceSet() {
    String ip = cluster.service("model-service").clusterIp();
    assertEquals("The Service \"model-service\" is invalid: spec.clusterIPs[0]: Invalid value: [\"10.96.0.99\"]:"
        + " may not change once set",
        refused("kubectl patch service model-service -p '{\"spec\":{\"clusterIP\":\"10.96.0.99\"}}'"));
    ok("kubectl patch service model-service --type merge -p '{\"spec\":{\"clusterIP\":null}}'");
    assertEquals(ip, cluster.service("model-service").clusterIp(), "left out of an update, the address is kept");
    assertTrue(ok("kubectl get services").contains(ip));
  }

  @Test
  void strategicPatchesMergePortsByPortAndMergePatchesReplaceTheList() {
    ok("kubectl patch service model-service -p '{\"spec\":{\"ports\":[{\"port\":80,\"targetPort\":9090}]}}'");
    assertEquals("[{\"protocol\":\"TCP\",\"port\":80,\"targetPort\":9090}]", spec().path("ports").toString());
    assertTrue(refused("kubectl patch service model-service -p '{\"spec\":{\"ports\":[{\"port\":443}]}}'")
        .contains("spec.ports[0].name: Required value"), "two ports must both be named");
    ok("kubectl patch service model-service -p '{\"spec\":{\"ports\":[{\"port\":443,\"name\":\"https\"},"
        + "{\"port\":80,\"name\":\"http\"}]}}'");
    assertEquals(List.of(443, 80), List.of(spec().path("ports").path(0).path("port").asInt(),
        spec().path("ports").path(1).path("port").asInt()));
    assertEquals(9090, spec().path("ports").path(1).path("targetPort").asInt(), "port 80 merged, not replaced");
    ok("kubectl patch service model-service --type merge -p '{\"spec\":{\"ports\":[{\"port\":8080}]}}'");
    assertEquals("[{\"port\":8080,\"protocol\":\"TCP\",\"targetPort\":8080}]", spec().path("ports").toString(),
        "a merge patch replaces the list; the server fills in protocol and target port");
    assertTrue(refused("kubectl patch service model-service -p '{\"spec\":{\"ports\":[{\"$patch\":\"replace\"}]}}'")
        .endsWith("spec.ports: Required value"));
    assertTrue(refused("kubectl patch service model-service -p '{\"spec\":{\"$setElementOrder/ports\":[{\"port\":1}]}}'")
        .contains("does not apply the $setElementOrder directive"));
  }

  @Test
  void getAndJsonNeverDisagree() {
    ok("kubectl patch service model-service -p '{\"spec\":{\"ports\":[{\"port\":443,\"name\":\"https\"},"
        + "{\"port\":80,\"name\":\"http\"}],\"selector\":{\"env\":null}}}'");
    String wide = ok("kubectl get services -o wide");
    JsonNode stored = cluster.service("model-service").document();
    String row = wide.lines().skip(1).findFirst().orElseThrow();
    assertEquals(List.of("model-service", stored.path("spec").path("type").asText(),
        stored.path("spec").path("clusterIP").asText(), "<none>", "443/TCP,80/TCP", "10s", "app=model"),
        List.of(row.split("\\s+")));
    assertEquals(stored.toPrettyString().replace("\r", ""), ok("kubectl get service model-service -o json"));
    assertTrue(kubectl.run("kubectl patch service model-service --type merge -p '{\"spec\":{\"type\":\"NodePort\"}}'")
        .output().contains("bglab's cluster models ClusterIP Services only"));
  }
}
