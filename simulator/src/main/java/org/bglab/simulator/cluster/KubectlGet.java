package org.bglab.simulator.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code kubectl get} for pods, deployments, services and endpoints, as kubectl's tables. */
final class KubectlGet {

  private static final int ENDPOINTS_SHOWN = 3;

  private final Cluster cluster;

  KubectlGet(Cluster cluster) {
    this.cluster = cluster;
  }

  String run(List<String> words) {
    ResourceKind.Target target = ResourceKind.take(words);
    KubectlArgs args = KubectlArgs.parse(words, Set.of("selector", "output"), Set.of("show-labels"));
    List<String> names = new ArrayList<>(target.names());
    names.addAll(args.positional());
    String output = args.value("output").orElse("");
    if (!output.isEmpty() && !output.equals("wide") && !output.equals("json")) {
      throw new UsageException("error: unable to match a printer suitable for the output format \""
          + output + "\", allowed formats are: json,wide");
    }
    if (output.equals("json")) {
      return json(target.kind(), names);
    }
    Labels selector = args.value("selector").map(Kubectl::labelsOf).orElse(null);
    KubectlTable table = switch (target.kind()) {
      case POD -> pods(names, selector, args.has("show-labels"), output.equals("wide"));
      case DEPLOYMENT -> deployments(names);
      case SERVICE -> services(names, output.equals("wide"));
      case ENDPOINTS -> endpoints(names);
    };
    return table.isEmpty() ? "No resources found in default namespace." : table.toString();
  }

  private KubectlTable pods(List<String> names, Labels selector, boolean showLabels, boolean wide) {
    List<String> header = new ArrayList<>(List.of("NAME", "READY", "STATUS", "RESTARTS", "AGE"));
    if (wide) {
      header.addAll(List.of("IP", "IMAGE"));
    }
    if (showLabels) {
      header.add("LABELS");
    }
    KubectlTable table = new KubectlTable(header.toArray(String[]::new));
    List<Pod> pods = names.isEmpty() ? cluster.pods() : names.stream().map(cluster::pod).toList();
    for (Pod pod : pods) {
      if (selector != null && !selector.selects(pod.labels())) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(pod.name(), pod.isReady(cluster.now()) ? "1/1" : "0/1",
          "Running", "0", ClockTime.age(cluster.now() - pod.createdAt())));
      if (wide) {
        row.addAll(List.of(pod.ip(), pod.image()));
      }
      if (showLabels) {
        row.add(pod.labels().toString());
      }
      table.row(row.toArray(String[]::new));
    }
    return table;
  }

  private KubectlTable deployments(List<String> names) {
    KubectlTable table = new KubectlTable("NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE", "IMAGE", "SELECTOR");
    List<Deployment> deployments = names.isEmpty() ? cluster.deployments() : names.stream().map(cluster::deployment).toList();
    for (Deployment d : deployments) {
      int ready = d.readyReplicas(cluster.now());
      table.row(d.name(), ready + "/" + d.replicas(), String.valueOf(d.updatedReplicas()), String.valueOf(ready),
          ClockTime.age(cluster.now() - d.createdAt()), d.image(), d.selector().toString());
    }
    return table;
  }

  private KubectlTable services(List<String> names, boolean wide) {
    KubectlTable table = wide
        ? new KubectlTable("NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE", "SELECTOR")
        : new KubectlTable("NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE");
    List<Service> services = names.isEmpty() ? cluster.services() : names.stream().map(cluster::service).toList();
    for (Service s : services) {
      String age = ClockTime.age(cluster.now() - s.createdAt());
      if (wide) {
        table.row(s.name(), "ClusterIP", s.clusterIp(), "<none>", s.ports(), age, s.selector().toString());
      } else {
        table.row(s.name(), "ClusterIP", s.clusterIp(), "<none>", s.ports(), age);
      }
    }
    return table;
  }

  private KubectlTable endpoints(List<String> names) {
    KubectlTable table = new KubectlTable("NAME", "ENDPOINTS", "AGE");
    List<Service> services = names.isEmpty() ? cluster.services() : names.stream().map(cluster::service).toList();
    for (Service s : services) {
      int targetPort = s.document().path("spec").path("ports").path(0).path("targetPort").asInt(80);
      List<Pod> pods = cluster.endpoints(s.name());
      List<String> shown = pods.stream().limit(ENDPOINTS_SHOWN).map(pod -> pod.ip() + ":" + targetPort).toList();
      String text = pods.isEmpty() ? "<none>" : String.join(",", shown)
          + (pods.size() > ENDPOINTS_SHOWN ? " + " + (pods.size() - ENDPOINTS_SHOWN) + " more..." : "");
      table.row(s.name(), text, ClockTime.age(cluster.now() - s.createdAt()));
    }
    return table;
  }

  private String json(ResourceKind kind, List<String> names) {
    if (kind != ResourceKind.SERVICE || names.size() != 1) {
      throw new UsageException("error: bglab's kubectl prints JSON for one service only: get service NAME -o json");
    }
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(cluster.service(names.get(0)).document());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Service document is always valid JSON", e);
    }
  }
}
