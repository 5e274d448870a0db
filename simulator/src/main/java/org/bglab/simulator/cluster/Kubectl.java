package org.bglab.simulator.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bglab.simulator.kernel.Durations;

/**
 * The subset of {@code kubectl} that blue-green lessons use, run against a {@link Cluster}, with
 * kubectl's messages. It reads the same command lines a person types (quotes as in a shell); the
 * leading word {@code kubectl} is optional. Every command {@link #run} accepts is accepted by real
 * kubectl 1.32 with the same meaning:
 *
 * <ul>
 *   <li>{@code create deployment NAME --image=IMAGE [--replicas=N] [--port=N]}
 *   <li>{@code create service clusterip NAME --tcp=PORT:TARGET}
 *   <li>{@code expose deployment NAME --port=N [--target-port=N] [--name=SERVICE] [--selector=...]}
 *   <li>{@code patch service NAME -p JSON [--type strategic|merge]}
 *   <li>{@code set image deployment/NAME CONTAINER=IMAGE}, {@code set selector service/NAME k=v,...}
 *   <li>{@code rollout restart deployment/NAME}, {@code rollout status deployment/NAME [--timeout=D]}
 *   <li>{@code scale deployment NAME --replicas=N}
 *   <li>{@code delete deployment|service|pod NAME...}
 *   <li>{@code label pods|deployment NAME... key=value... key- [--overwrite] [-l SELECTOR] [--all]}
 *   <li>{@code get pods|deployments|services|endpoints|endpointslices [NAME...] [-l SELECTOR] [-o wide|json]}
 * </ul>
 *
 * <p>bglab's additions, which real kubectl does not have, run through {@link #runAddition} (a
 * scenario writes them as {@code bglab ...} lines): {@code create deployment ... --labels=k=v,...}
 * (a deployment whose selector and pods carry those labels, what a manifest applied with
 * {@code kubectl apply -f} would create) and {@code create service clusterip ... --selector=k=v,...}.
 */
public final class Kubectl {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Cluster cluster;
  private final KubectlGet get;
  private final KubectlLabel label;
  private final KubectlCreate create;

  /** A kubectl talking to {@code cluster}. */
  public Kubectl(Cluster cluster) {
    this.cluster = cluster;
    this.get = new KubectlGet(cluster);
    this.label = new KubectlLabel(cluster);
    this.create = new KubectlCreate(cluster);
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
    return run(commandWords, "kubectl", false);
  }

  /**
   * Runs one of bglab's additions, given as words (a leading {@code bglab} is optional), such as
   * {@code create deployment blue --image=model:v1 --labels=app=model,env=blue}. A command real
   * kubectl has is refused here: it belongs on a {@code kubectl} line.
   */
  public KubectlResult runAddition(List<String> commandWords) {
    return run(commandWords, "bglab", true);
  }

  private KubectlResult run(List<String> commandWords, String program, boolean addition) {
    List<String> words = new ArrayList<>(commandWords);
    if (!words.isEmpty() && words.get(0).equals(program)) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return KubectlResult.error("error: no command given; try kubectl get pods");
    }
    try {
      String command = words.remove(0);
      return KubectlResult.ok(addition ? addition(command, words) : dispatch(command, words));
    } catch (UsageException | ApiException e) {
      return KubectlResult.error(e.getMessage());
    }
  }

  private String addition(String command, List<String> words) {
    boolean hasAdditionFlag = words.stream().anyMatch(w -> w.startsWith("--labels") || w.startsWith("--selector"));
    if (!command.equals("create") || !hasAdditionFlag) {
      throw new UsageException("error: \"" + command + " " + String.join(" ", words) + "\" is not one of bglab's"
          + " additions (create deployment ... --labels=..., create service clusterip ... --selector=...);"
          + " write real kubectl commands on a kubectl line");
    }
    return create.create(words, true);
  }

  private String dispatch(String command, List<String> words) {
    return switch (command) {
      case "create" -> create.create(words, false);
      case "expose" -> create.expose(words);
      case "patch" -> patch(words);
      case "set" -> set(words);
      case "rollout" -> rollout(words);
      case "scale" -> scale(words);
      case "delete" -> delete(words);
      case "label" -> label.run(words);
      case "get" -> get.run(words);
      default -> throw new UsageException("error: unknown command \"" + command + "\" for \"kubectl\"");
    };
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
    cluster.patchService(name, patch, type.equals("merge") ? PatchType.MERGE : PatchType.STRATEGIC);
    boolean unchanged = cluster.service(name).document().equals(before);
    return "service/" + name + " patched" + (unchanged ? " (no change)" : "");
  }

  private String set(List<String> words) {
    String what = words.isEmpty() ? "" : words.remove(0);
    return switch (what) {
      case "image" -> setImage(words);
      case "selector" -> setSelector(words);
      default -> throw new UsageException("error: bglab's kubectl knows \"set image\" and \"set selector\" only");
    };
  }

  /** {@code set selector service NAME k=v,...}: replaces the whole selector, as kubectl does. */
  private String setSelector(List<String> words) {
    ResourceKind.Target target = ResourceKind.take(words);
    KubectlArgs args = KubectlArgs.parse(words, Set.of("resource-version"), Set.of());
    if (target.kind() != ResourceKind.SERVICE) {
      throw new UsageException("error: bglab's kubectl can set the selector of services only");
    }
    List<String> names = new ArrayList<>(target.names());
    List<String> expressions = new ArrayList<>(args.positional());
    if (expressions.isEmpty() && names.size() > 1) {
      expressions.add(names.remove(names.size() - 1));
    }
    String name = single(names, "service");
    if (expressions.size() != 1) {
      throw new UsageException("error: one selector expression is expected, as in app=model,env=green");
    }
    Labels selector = labelsOf(expressions.get(0));
    ObjectNode patch = JSON.createObjectNode();
    ObjectNode selectorPatch = patch.putObject("spec").putObject("selector").put("$patch", "replace");
    selector.entries().forEach(selectorPatch::put);
    cluster.patchService(name, patch, PatchType.STRATEGIC);
    return "service/" + name + " selector updated";
  }

  private String setImage(List<String> words) {
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
      return Durations.parse(args.value("timeout").orElse("10m")).toNanos();
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
        case ENDPOINTS, ENDPOINTSLICE -> throw new UsageException("error: bglab's endpoints are managed by their Service; delete the Service");
      }
      lines.add(target.kind().singular() + " \"" + name + "\" deleted");
    }
    return String.join("\n", lines);
  }

  static String single(List<String> names, String kind) {
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

  static int port(String text) {
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
