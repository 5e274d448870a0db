package org.bglab.simulator.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kubectl label}: sets ({@code key=value}) and removes ({@code key-}) labels on pods or on
 * deployment objects. Changing a value needs {@code --overwrite}, as in kubectl. kubectl itself
 * checks the values; the API server checks keys and values, and refuses the object otherwise.
 */
final class KubectlLabel {

  private final Cluster cluster;

  KubectlLabel(Cluster cluster) {
    this.cluster = cluster;
  }

  String run(List<String> words) {
    ResourceKind.Target target = ResourceKind.take(words);
    KubectlArgs args = KubectlArgs.parse(words, Set.of("selector"), Set.of("overwrite", "all"));
    Map<String, String> set = new LinkedHashMap<>();
    List<String> remove = new ArrayList<>();
    for (String word : args.positional()) {
      int equals = word.indexOf('=');
      if (equals > 0) {
        String value = word.substring(equals + 1);
        List<String> problems = LabelSyntax.valueProblems(value);
        if (!problems.isEmpty()) {
          throw new UsageException("error: invalid label value: \"" + word + "\": " + problems.get(0));
        }
        set.put(word.substring(0, equals), value);
      } else if (word.endsWith("-") && word.length() > 1) {
        remove.add(word.substring(0, word.length() - 1));
      } else {
        throw new UsageException("error: all resources must be specified before label changes: " + word);
      }
    }
    if (set.isEmpty() && remove.isEmpty()) {
      throw new UsageException("error: at least one label update is required");
    }
    List<String> names = namesOf(target, args);
    List<String> lines = new ArrayList<>();
    for (String name : names) {
      Labels before = labelsOf(target.kind(), name);
      Labels after = before;
      for (Map.Entry<String, String> pair : set.entrySet()) {
        String existing = before.get(pair.getKey());
        if (existing != null && !existing.equals(pair.getValue()) && !args.has("overwrite")) {
          throw new UsageException("error: '" + pair.getKey() + "' already has a value (" + existing
              + "), and --overwrite is false");
        }
        after = after.with(pair.getKey(), pair.getValue());
      }
      for (String key : remove) {
        after = after.without(key);
      }
      List<String> errors = LabelSyntax.fieldErrors("metadata.labels", after);
      if (!errors.isEmpty()) {
        throw LabelSyntax.invalid(target.kind() == ResourceKind.POD ? "Pod" : "Deployment", name, errors);
      }
      String verb = after.equals(before) ? "not labeled" : set.isEmpty() ? "unlabeled" : "labeled";
      if (!after.equals(before)) {
        if (target.kind() == ResourceKind.POD) {
          cluster.relabelPod(name, after);
        } else {
          cluster.relabelDeployment(name, after);
        }
      }
      lines.add(target.kind().singular() + "/" + name + " " + verb);
    }
    return String.join("\n", lines);
  }

  private List<String> namesOf(ResourceKind.Target target, KubectlArgs args) {
    if (target.kind() != ResourceKind.POD && target.kind() != ResourceKind.DEPLOYMENT) {
      throw new UsageException("error: bglab's kubectl can label pods and deployments only");
    }
    boolean byQuery = args.has("all") || args.value("selector").isPresent();
    if (byQuery == !target.names().isEmpty()) {
      throw new UsageException("error: give resource names, or --all, or -l SELECTOR (one of them)");
    }
    if (!byQuery) {
      return target.names();
    }
    Labels selector = args.value("selector").map(Kubectl::labelsOf).orElse(null);
    List<String> names = new ArrayList<>();
    if (target.kind() == ResourceKind.POD) {
      cluster.pods().stream().filter(p -> selector == null || selector.selects(p.labels())).forEach(p -> names.add(p.name()));
    } else {
      cluster.deployments().stream().filter(d -> selector == null || selector.selects(d.labels())).forEach(d -> names.add(d.name()));
    }
    if (names.isEmpty()) {
      throw new UsageException("error: no objects passed to label");
    }
    return names;
  }

  private Labels labelsOf(ResourceKind kind, String name) {
    return kind == ResourceKind.POD ? cluster.pod(name).labels() : cluster.deployment(name).labels();
  }
}
