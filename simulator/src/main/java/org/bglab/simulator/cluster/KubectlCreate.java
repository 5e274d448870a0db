package org.bglab.simulator.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * {@code kubectl create deployment}, {@code kubectl create service clusterip} and {@code kubectl
 * expose deployment}, building the objects real kubectl 1.32 builds, plus bglab's two additions
 * (run only from {@code bglab} lines): {@code --labels} on {@code create deployment}, and
 * {@code --selector} on {@code create service clusterip}. Real kubectl has neither flag.
 */
final class KubectlCreate {

  private final Cluster cluster;

  KubectlCreate(Cluster cluster) {
    this.cluster = cluster;
  }

  /** {@code create ...}; {@code addition} allows bglab's flags. */
  String create(List<String> words, boolean addition) {
    String what = words.isEmpty() ? "" : words.remove(0);
    if (what.equals("deployment") || what.equals("deploy")) {
      Set<String> flags = addition ? Set.of("image", "replicas", "port", "labels") : Set.of("image", "replicas", "port");
      KubectlArgs args = parse(words, flags, "--labels", "bglab create deployment NAME --image=IMAGE --labels=k=v,...");
      String name = Kubectl.single(args.positional(), "deployment");
      Labels labels = Kubectl.labelsOf(args.value("labels").orElse("app=" + name));
      Deployment deployment = cluster.createDeployment(name, args.required("image"), args.intValue("replicas", 1), labels);
      args.value("port").ifPresent(port -> deployment.declarePort(Kubectl.port(port)));
      return "deployment.apps/" + name + " created";
    }
    if (what.equals("service") || what.equals("svc")) {
      String type = words.isEmpty() ? "" : words.remove(0);
      if (!type.equals("clusterip")) {
        throw new UsageException("error: unknown command \"" + type + "\" for \"kubectl create service\""
            + " (bglab models ClusterIP Services: kubectl create service clusterip NAME --tcp=PORT:TARGET)");
      }
      Set<String> flags = addition ? Set.of("tcp", "selector") : Set.of("tcp");
      KubectlArgs args = parse(words, flags, "--selector",
          "bglab create service clusterip NAME --tcp=PORT:TARGET --selector=k=v,...");
      String name = Kubectl.single(args.positional(), "service");
      String tcp = args.value("tcp").orElseThrow(() -> new UsageException("error: at least one tcp port specifier must be provided"));
      Labels selector = Kubectl.labelsOf(args.value("selector").orElse("app=" + name));
      cluster.createService(manifest(name, Labels.parse("app=" + name), selector, tcpPorts(tcp)));
      return "service/" + name + " created";
    }
    throw new UsageException("error: unknown command \"" + what + "\" for \"kubectl create\"");
  }

  /** {@code expose deployment NAME --port=N [--target-port=N] [--name=SERVICE] [--selector=...]}. */
  String expose(List<String> words) {
    ResourceKind.Target target = ResourceKind.take(words);
    KubectlArgs args = KubectlArgs.parse(words, Set.of("name", "port", "target-port", "selector"), Set.of());
    if (target.kind() != ResourceKind.DEPLOYMENT) {
      throw new UsageException("error: bglab's kubectl can expose deployments only");
    }
    Deployment deployment = cluster.deployment(Kubectl.single(target.names(), "deployment"));
    String name = args.value("name").orElse(deployment.name());
    Labels selector = args.value("selector").map(Kubectl::labelsOf).orElse(deployment.selector());
    String portText = args.value("port").orElseGet(() -> {
      if (deployment.containerPort() == 0) {
        throw new UsageException("error: couldn't find port via --port flag or introspection");
      }
      return String.valueOf(deployment.containerPort());
    });
    int port = Kubectl.port(portText);
    ArrayNode ports = JsonNodeFactory.instance.arrayNode();
    ports.addObject().put("protocol", "TCP").put("port", port)
        .put("targetPort", Kubectl.port(args.value("target-port").orElse(String.valueOf(port))));
    cluster.createService(manifest(name, deployment.labels(), selector, ports));
    return "service/" + name + " exposed";
  }

  private static KubectlArgs parse(List<String> words, Set<String> flags, String additionFlag, String additionForm) {
    try {
      return KubectlArgs.parse(words, flags, Set.of());
    } catch (UsageException e) {
      if (e.getMessage().startsWith("error: unknown flag: " + additionFlag)) {
        throw new UsageException(e.getMessage() + " (real kubectl has no " + additionFlag + " here; bglab's addition"
            + " is written as a bglab line: " + additionForm + ")");
      }
      throw e;
    }
  }

  /** The ports of {@code --tcp=80:8080[,443:8443]}, named as kubectl names them ({@code 80-8080}). */
  private static ArrayNode tcpPorts(String text) {
    ArrayNode ports = JsonNodeFactory.instance.arrayNode();
    for (String spec : text.split(",")) {
      String[] parts = spec.split(":", -1);
      int port = Kubectl.port(parts[0]);
      int target = parts.length > 1 ? Kubectl.port(parts[1]) : port;
      ports.addObject().put("name", port == target ? String.valueOf(port) : port + "-" + target)
          .put("protocol", "TCP").put("port", port).put("targetPort", target);
    }
    return ports;
  }

  private static ObjectNode manifest(String name, Labels labels, Labels selector, ArrayNode ports) {
    ObjectNode manifest = JsonNodeFactory.instance.objectNode().put("kind", "Service").put("apiVersion", "v1");
    ObjectNode metadata = manifest.putObject("metadata").put("name", name);
    if (!labels.isEmpty()) {
      labels.entries().forEach(metadata.putObject("labels")::put);
    }
    ObjectNode spec = manifest.putObject("spec");
    spec.set("ports", ports);
    if (!selector.isEmpty()) {
      selector.entries().forEach(spec.putObject("selector")::put);
    }
    spec.put("type", "ClusterIP");
    return manifest;
  }
}
