package org.bglab.simulator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.scenario.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * bglab's client-side kubectl behaviour against real kubectl 1.32 (skipped where it is missing):
 * what a patch of either type does to a Service, what {@code create} builds, {@code set selector},
 * the label checks kubectl itself makes, and that every kubectl line of the bundled scenarios is
 * a command real kubectl accepts.
 */
class KubectlOracleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Patches of both types, covering every rule bglab implements; each is compared with kubectl. */
  private static final List<String> PATCHES = List.of(
      "{\"spec\":{\"selector\":{\"env\":\"green\"}}}",
      "{\"spec\":{\"selector\":{\"app\":\"model\",\"env\":\"green\"}}}",
      "{\"spec\":{\"selector\":{\"env\":null}}}",
      "{\"spec\":{\"selector\":null}}",
      "{\"metadata\":{\"labels\":{\"tier\":\"serving\"},\"annotations\":{\"team\":\"ml\"}}}",
      "{\"spec\":{\"ports\":[{\"port\":443,\"targetPort\":8443,\"name\":\"https\"}]}}",
      "{\"spec\":{\"ports\":[{\"port\":80,\"targetPort\":9090}]}}",
      "{\"spec\":{\"ports\":[{\"port\":81,\"targetPort\":9}]}}",
      "{\"spec\":{\"ports\":[{\"port\":443,\"name\":\"https\"},{\"port\":81,\"targetPort\":9}]}}",
      "{\"spec\":{\"ports\":[{\"port\":81,\"targetPort\":9},{\"port\":443,\"name\":\"https\"},{\"port\":80,\"name\":\"z\"}]}}",
      "{\"spec\":{\"ports\":[{\"port\":81,\"$patch\":\"delete\"},{\"port\":444,\"name\":\"x\"}]}}",
      "{\"spec\":{\"ports\":[{\"$patch\":\"replace\"},{\"port\":443,\"name\":\"https\"}]}}",
      "{\"spec\":{\"ports\":[{\"port\":81,\"name\":null}]}}",
      "{\"spec\":{\"selector\":{\"$patch\":\"replace\",\"env\":\"green\"}}}",
      "{\"spec\":{\"selector\":{\"$patch\":\"delete\"}}}",
      "{\"spec\":{\"$retainKeys\":[\"ports\",\"selector\"],\"selector\":{\"env\":\"green\"}}}",
      "{\"spec\":{\"$patch\":\"replace\",\"ports\":[{\"port\":1}]}}",
      "{\"spec\":{\"selector\":{\"$patch\":\"merge\",\"env\":\"green\"}}}",
      "{\"spec\":{\"ports\":[{\"$patch\":\"merge\"}]}}",
      "{\"spec\":{\"ports\":[{\"targetPort\":9}]}}",
      "{\"spec\":{\"ports\":{\"port\":81}}}",
      "{\"spec\":{\"clusterIP\":\"10.96.0.99\"}}");

  private Cluster cluster;
  private Kubectl kubectl;

  @BeforeEach
  void realKubectlAndAService() {
    RealKubectl.assumePresent();
    cluster = new Cluster();
    kubectl = new Kubectl(cluster);
    ok("kubectl create service clusterip model-service --tcp=80:8080,81:8081");
    ok("kubectl set selector service model-service app=model,env=blue");
  }

  private String ok(String line) {
    KubectlResult result = kubectl.run(line);
    assertFalse(result.failed(), () -> line + " failed: " + result.output());
    return result.output();
  }

  private String stored() throws JsonProcessingException {
    return JSON.writeValueAsString(cluster.service("model-service").document());
  }

  @Test
  void bothPatchTypesDoToAServiceWhatKubectlPatchDoes() throws IOException {
    String document = stored();
    List<String> compared = new ArrayList<>();
    for (String patch : PATCHES) {
      for (PatchType type : PatchType.values()) {
        String typeName = type == PatchType.MERGE ? "merge" : "strategic";
        RealKubectl.Output real = RealKubectl.onFile(document,
            List.of("patch", "--local", "--type", typeName, "-p", patch, "-o", "json"));
        String ours;
        try {
          ours = JSON.writeValueAsString(type.apply(JSON.readTree(document), JSON.readTree(patch)));
        } catch (ApiException e) {
          assertTrue(real.failed(), () -> typeName + " " + patch + ": bglab refused it (" + e.getMessage()
              + ") but kubectl gave " + real.text());
          String reason = real.text().lines().findFirst().orElse("").replaceFirst("^error: ", "");
          assertTrue(e.getMessage().contains(reason), () -> typeName + " " + patch + ": bglab says \"" + e.getMessage()
              + "\", kubectl \"" + reason + "\"");
          compared.add(typeName + " " + patch);
          continue;
        }
        assertFalse(real.failed(), () -> typeName + " " + patch + ": kubectl refused it: " + real.text());
        JsonNode expected = JSON.readTree(real.text());
        // kubectl decodes the result into a typed Service, where null means "not set", as the
        // API server does before storing it: compare after that step
        JsonNode actual = ServiceRules.withoutNulls((ObjectNode) JSON.readTree(ours));
        for (String part : List.of("metadata", "spec")) {
          assertEquals(expected.path(part), actual.path(part), () -> typeName + " " + patch + " (" + part + ")");
        }
        compared.add(typeName + " " + patch);
      }
    }
    assertEquals(PATCHES.size() * 2, compared.size());
  }

  @Test
  void createServiceBuildsWhatKubectlBuilds() throws IOException {
    RealKubectl.Output real = RealKubectl.run(List.of("create", "service", "clusterip", "model-service",
        "--tcp=80:8080,81:8081", "--dry-run=client", "-o", "json"));
    assertFalse(real.failed(), real.text());
    JsonNode expected = JSON.readTree(real.text());
    Cluster fresh = new Cluster();
    new Kubectl(fresh).run("kubectl create service clusterip model-service --tcp=80:8080,81:8081");
    ObjectNode ours = fresh.service("model-service").document();
    assertEquals(expected.path("metadata").path("labels"), ours.path("metadata").path("labels"));
    assertEquals(expected.path("spec").path("selector"), ours.path("spec").path("selector"));
    assertEquals(expected.path("spec").path("ports"), ours.path("spec").path("ports"));
    assertEquals(expected.path("spec").path("type"), ours.path("spec").path("type"));
  }

  @Test
  void createDeploymentLabelsItsPodsAsKubectlDoes() throws IOException {
    RealKubectl.Output real = RealKubectl.run(List.of("create", "deployment", "blue", "--image=registry/model:v1",
        "--replicas=3", "--dry-run=client", "-o", "json"));
    assertFalse(real.failed(), real.text());
    JsonNode expected = JSON.readTree(real.text());
    new Kubectl(cluster).run("kubectl create deployment blue --image=registry/model:v1 --replicas=3");
    Deployment blue = cluster.deployment("blue");
    assertEquals(expected.path("spec").path("selector").path("matchLabels").toString(),
        JSON.valueToTree(blue.selector().entries()).toString());
    assertEquals(expected.path("spec").path("template").path("metadata").path("labels").toString(),
        JSON.valueToTree(blue.pods().get(0).labels().entries()).toString());
    assertEquals(expected.path("spec").path("template").path("spec").path("containers").path(0).path("name").asText(),
        blue.container());
    assertEquals(expected.path("spec").path("replicas").asInt(), blue.replicas());
    RealKubectl.Output labelled = RealKubectl.onFile(real.text(), List.of("label", "--local", "env=blue", "-o", "json"));
    assertFalse(labelled.failed(), labelled.text());
    assertEquals("blue", JSON.readTree(labelled.text()).path("metadata").path("labels").path("env").asText());
    assertEquals(expected.path("spec").path("template").path("metadata").path("labels"),
        JSON.readTree(labelled.text()).path("spec").path("template").path("metadata").path("labels"),
        "kubectl label changes the deployment's own labels, not its pod template's");
    assertTrue(RealKubectl.run(List.of("create", "deployment", "blue", "--image=m", "--labels=a=b",
        "--dry-run=client")).text().contains("unknown flag: --labels"), "real kubectl has no --labels");
    assertTrue(RealKubectl.run(List.of("create", "service", "clusterip", "s", "--tcp=80", "--selector=a=b",
        "--dry-run=client")).text().contains("unknown flag: --selector"), "nor --selector on create service");
  }

  @Test
  void setSelectorReplacesTheSelectorAsKubectlDoes() throws IOException {
    String document = stored();
    for (String expression : List.of("env=green", "app=model,env=green", "example.com/tier=serving")) {
      RealKubectl.Output real = RealKubectl.onFile(document,
          List.of("set", "selector", "--local", expression, "-o", "json"));
      assertFalse(real.failed(), real.text());
      Cluster fresh = new Cluster();
      Kubectl ours = new Kubectl(fresh);
      fresh.createService((ObjectNode) JSON.readTree(document));
      assertFalse(ours.run(List.of("set", "selector", "service", "model-service", expression)).failed());
      assertEquals(JSON.readTree(real.text()).path("spec").path("selector"),
          fresh.service("model-service").document().path("spec").path("selector"), expression);
    }
  }

  @Test
  void labelValuesAndSelectorsAreCheckedAsKubectlChecksThem() throws IOException {
    String document = stored();
    String tooLong = "v".repeat(64);
    for (String pair : List.of("env=bad value", "env=" + tooLong, "env=-green")) {
      RealKubectl.Output real = RealKubectl.onFile(document, List.of("label", "--local", pair, "-o", "json"));
      assertTrue(real.failed(), pair);
      Cluster fresh = new Cluster();
      Kubectl ours = new Kubectl(fresh);
      new Kubectl(fresh).runAddition(List.of("create", "deployment", "blue", "--image=m", "--labels=app=blue"));
      KubectlResult result = ours.run(List.of("label", "deployment", "blue", pair));
      assertTrue(result.failed(), pair);
      assertEquals(real.text().lines().findFirst().orElseThrow(), result.output(), pair);
    }
    for (String expression : List.of("env=gr@en", "$x=1")) {
      RealKubectl.Output real = RealKubectl.onFile(document, List.of("set", "selector", "--local", expression, "-o", "json"));
      assertTrue(real.failed(), expression);
      KubectlResult result = kubectl.run(List.of("set", "selector", "service", "model-service", expression));
      assertTrue(result.failed(), expression);
      assertEquals(real.text().lines().findFirst().orElseThrow().replaceFirst("^error: ", ""),
          result.output().replaceFirst("^error: ", ""), expression);
    }
  }

  @Test
  void everyKubectlLineOfTheBundledScenariosAndTheGuideIsRealKubectl() throws IOException {
    List<String> checked = new ArrayList<>();
    for (String name : bundledNames()) {
      String text = resource(name + ".scenario");
      Scenario.parse(name, text);
      for (String line : text.lines().map(String::strip).toList()) {
        if (line.startsWith("kubectl ")) {
          List<String> words = ShellWords.split(line);
          if (!RealKubectl.accepts(words.subList(1, words.size()))) {
            fail(name + ".scenario: real kubectl does not accept: " + line);
          }
          checked.add(line);
        }
      }
    }
    for (String line : resource("README.md").lines().map(String::strip).toList()) {
      if (line.startsWith("kubectl ") && !line.contains("...")) {
        List<String> words = ShellWords.split(line);
        assertTrue(RealKubectl.accepts(words.subList(1, words.size())), "scenario guide: real kubectl does not accept: " + line);
        checked.add(line);
      }
    }
    assertTrue(checked.size() > 40, "the scenarios hold many kubectl lines: " + checked.size());
  }

  private static List<String> bundledNames() throws IOException {
    return resource("index.txt").lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\\s+")[0]).toList();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = KubectlOracleTest.class.getResourceAsStream("/scenarios/" + name)) {
      if (in == null) {
        throw new IOException("missing resource scenarios/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
