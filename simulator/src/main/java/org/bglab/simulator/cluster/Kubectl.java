package org.bglab.simulator.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The subset of {@code kubectl} that blue-green lessons use, run against a {@link Cluster}, with
 * kubectl's messages. It reads the same command lines a person types (quotes as in a shell); the
 * leading word {@code kubectl} is optional.
 *
 * <ul>
 *   <li>{@code create deployment NAME --image=IMAGE [--replicas=N] [--labels=k=v,...]}
 *   <li>{@code create service [clusterip] NAME [--selector=k=v,...] [--tcp=PORT:TARGET]}
 *   <li>{@code expose deployment NAME [--name=SERVICE] [--port=N] [--target-port=N] [--selector=...]}
 *   <li>{@code patch service NAME -p JSON [--type merge|strategic]}
 *   <li>{@code set image deployment/NAME CONTAINER=IMAGE}
 *   <li>{@code rollout restart deployment/NAME}, {@code rollout status deployment/NAME [--timeout=D]}
 *   <li>{@code scale deployment NAME --replicas=N}
 *   <li>{@code delete deployment|service|pod NAME...}
 *   <li>{@code label pods|deployment NAME... key=value... key- [--overwrite] [-l SELECTOR] [--all]}
 *   <li>{@code get pods|deployments|services|endpoints [NAME...] [-l SELECTOR] [-o wide|json]}
 * </ul>
 *
 * <p>{@code --labels} on {@code create deployment} is a bglab addition (real kubectl labels the
 * pods {@code app=NAME}, which is also the default here).
 */
public final class Kubectl {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Cluster cluster;
  private final KubectlGet get;
  private final KubectlLabel label;

  /** A kubectl talking to {@code cluster}. */
  public Kubectl(Cluster cluster) {
    this.cluster = cluster;
    this.get = new KubectlGet(cluster);
    this.label = new KubectlLabel(cluster);
  }

  /** Runs one command line, such as {@code kubectl get endpoints model-service}. */
  public KubectlResult run(String commandLine) {
    List<String> words;
    try {
      words = ShellWords.split(commandLine);
    } catch (IllegalArgumentException e) {
      return KubectlResult.error("error: " + e.getMessage());
    }
    return run(words);
  }

  /** Runs one command given as words, as a shell would pass them. */
  public KubectlResult run(List<String> commandWords) {
    List<String> words = new ArrayList<>(commandWords);
    if (!words.isEmpty() && words.get(0).equals("kubectl")) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return KubectlResult.error("error: no command given; try kubectl get pods");
    }
    try {
      return KubectlResult.ok(dispatch(words.remove(0), words));
    } catch (UsageException | ApiException e) {
      return KubectlResult.error(e.getMessage());
    }
  }

  private String dispatch(String command, List<String> words) {
    return switch (command) {
      case "create" -> create(words);
      case "expose" -> expose(words);
      case "patch" -> patch(words);
      case "set" -> setImage(words);
      case "rollout" -> rollout(words);
      case "scale" -> scale(words);
      case "delete" -> delete(words);
      case "label" -> label.run(words);
      case "get" -> get.run(words);
      default -> throw new UsageException("error: unknown command \"" + command + "\" for \"kubectl\"");
    };
  }

  private String create(List<String> words) {
    String what = words.isEmpty() ? "" : words.remove(0);
    if (what.equals("deployment") || what.equals("deploy")) {
      KubectlArgs args = KubectlArgs.parse(words, Set.of("image", "replicas", "labels", "port"), Set.of());
      String name = single(args.positional(), "deployment");
      Labels labels = labelsOf(args.value("labels").orElse("app=" + name));
      cluster.createDeployment(name, args.required("image"), args.intValue("replicas", 1), labels);
      return "deployment.apps/" + name + " created";
    }
    if (what.equals("service") || what.equals("svc")) {
      KubectlArgs args = KubectlArgs.parse(words, Set.of("selector", "tcp"), Set.of());
      List<String> names = new ArrayList<>(args.positional());
      if (!names.isEmpty() && names.get(0).equals("clusterip")) {
        names.remove(0);
      }
      String name = single(names, "service");
      String[] tcp = args.value("tcp").orElse("80:8080").split(":");
      cluster.createService(name, labelsOf(args.value("selector").orElse("app=" + name)),
          port(tcp[0]), port(tcp.length > 1 ? tcp[1] : tcp[0]));
      return "service/" + name + " created";
    }
    throw new UsageException("error: unknown command \"" + what + "\" for \"kubectl create\"");
  }

  private String expose(List<String> words) {
    ResourceKind.Target target = ResourceKind.take(words);
    KubectlArgs args = KubectlArgs.parse(words, Set.of("name", "port", "target-port", "selector"), Set.of());
    if (target.kind() != ResourceKind.DEPLOYMENT) {
      throw new UsageException("error: bglab's kubectl can expose deployments only");
    }
    Deployment deployment = cluster.deployment(single(target.names(), "deployment"));
    String name = args.value("name").orElse(deployment.name());
    Labels selector = args.value("selector").map(Kubectl::labelsOf).orElse(deployment.selector());
    int port = port(args.value("port").orElse("80"));
    cluster.createService(name, selector, port, port(args.value("target-port").orElse(String.valueOf(port))));
    return "service/" + name + " exposed";
  }

  private String patch(List<String> words) {
    ResourceKind.Target target = ResourceKind.take(words);
    KubectlArgs args = KubectlArgs.parse(words, Set.of("patch", "type"), Set.of());
    if (target.kind() != ResourceKind.SERVICE) {
      throw new UsageException("error: bglab's kubectl can patch services only");
    }
    String type = args.value("type").orElse("strategic");
    if (type.equals("json")) {
      throw new UsageException("error: --type json (a JSON Patch) is not supported here; use --type merge");
    }
    if (!type.equals("merge") && !type.equals("strategic")) {
      throw new UsageException("error: --type must be one of [json merge strategic], not \"" + type + "\"");
    }
    String name = single(target.names(), "service");
    String text = args.value("patch").orElseThrow(() -> new UsageException("error: must specify --patch or --patch-file containing the contents of the patch"));
    JsonNode patch;
    try {
      patch = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UsageException("error: unable to parse \"" + text + "\": " + e.getOriginalMessage());
    }
    if (patch == null || !patch.isObject()) {
      throw new UsageException("error: unable to parse \"" + text + "\": a patch must be a JSON object");
    }
    JsonNode before = cluster.service(name).document();
    cluster.patchService(name, patch);
    boolean unchanged = cluster.service(name).document().equals(before);
    return "service/" + name + " patched" + (unchanged ? " (no change)" : "");
  }

  private String setImage(List<String> words) {
    if (words.isEmpty() || !words.remove(0).equals("image")) {
      throw new UsageException("error: bglab's kubectl knows only \"set image\"");
    }
    ResourceKind.Target target = ResourceKind.take(words);
    KubectlArgs args = KubectlArgs.parse(words, Set.of(), Set.of());
    if (target.kind() != ResourceKind.DEPLOYMENT) {
      throw new UsageException("error: bglab's kubectl can set the image of deployments only");
    }
    String name = single(target.names(), "deployment");
    if (args.positional().size() != 1 || !args.positional().get(0).contains("=")) {
      throw new UsageException("error: expected one CONTAINER=IMAGE, as in model=model:v2");
    }
    String pair = args.positional().get(0);
    int equals = pair.indexOf('=');
    cluster.setImage(name, pair.substring(0, equals), pair.substring(equals + 1));
    return "deployment.apps/" + name + " image updated";
  }

  private String rollout(List<String> words) {
    String what = words.isEmpty() ? "" : words.remove(0);
    ResourceKind.Target target = ResourceKind.take(words);
    KubectlArgs args = KubectlArgs.parse(words, Set.of("timeout"), Set.of());
    if (target.kind() != ResourceKind.DEPLOYMENT) {
      throw new UsageException("error: bglab's kubectl can roll out deployments only");
    }
    String name = single(target.names(), "deployment");
    return switch (what) {
      case "restart" -> {
        cluster.restart(name);
        yield "deployment.apps/" + name + " restarted";
      }
      case "status" -> new RolloutStatus(cluster).await(name, timeout(args));
      default -> throw new UsageException("error: unknown command \"" + what + "\" for \"kubectl rollout\"");
    };
  }

  private static long timeout(KubectlArgs args) {
    try {
      return ClockTime.parse(args.value("timeout").orElse("10m"));
    } catch (IllegalArgumentException e) {
      throw new UsageException("error: " + e.getMessage());
    }
  }

  private String scale(List<String> words) {
    ResourceKind.Target target = ResourceKind.take(words);
    KubectlArgs args = KubectlArgs.parse(words, Set.of("replicas"), Set.of());
    if (target.kind() != ResourceKind.DEPLOYMENT) {
      throw new UsageException("error: bglab's kubectl can scale deployments only");
    }
    args.required("replicas");
    String name = single(target.names(), "deployment");
    cluster.scale(name, args.intValue("replicas", 0));
    return "deployment.apps/" + name + " scaled";
  }

  private String delete(List<String> words) {
    ResourceKind.Target target = ResourceKind.take(words);
    KubectlArgs.parse(words, Set.of(), Set.of());
    if (target.names().isEmpty()) {
      throw new UsageException("error: resource(s) were provided, but no name was specified");
    }
    List<String> lines = new ArrayList<>();
    for (String name : target.names()) {
      switch (target.kind()) {
        case DEPLOYMENT -> cluster.deleteDeployment(name);
        case SERVICE -> cluster.deleteService(name);
        case POD -> cluster.deletePod(name);
        case ENDPOINTS -> throw new UsageException("error: endpoints are managed by their Service; delete the Service");
      }
      lines.add(target.kind().singular() + " \"" + name + "\" deleted");
    }
    return String.join("\n", lines);
  }

  private static String single(List<String> names, String kind) {
    if (names.size() != 1) {
      throw new UsageException(names.isEmpty()
          ? "error: a " + kind + " name is required"
          : "error: exactly one " + kind + " name is expected, got " + names);
    }
    return names.get(0);
  }

  static Labels labelsOf(String text) {
    try {
      return Labels.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("error: " + e.getMessage());
    }
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text.trim());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("error: invalid port \"" + text + "\": expected a number from 1 to 65535");
  }
}
