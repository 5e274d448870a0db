package org.bglab.simulator.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bglab.simulator.kernel.Durations;

/**
 * {@code kubectl get} for pods, deployments, services, endpoints and endpointslices, as kubectl's
 * tables. Reading v1 Endpoints prints the warning an API server of Kubernetes 1.33 or later sends:
 * kube-proxy reads EndpointSlices, and Endpoints are kept only for old clients.
 */
final class KubectlGet {

  private static final int ENDPOINTS_SHOWN = 3;

  /** The warning the API server (1.33 and later) attaches to every read of v1 Endpoints. */
  static final String ENDPOINTS_DEPRECATED =
      "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice";

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
      case ENDPOINTSLICE -> endpointSlices(names, selector);
    };
    String text = table.isEmpty() ? "No resources found in default namespace." : table.toString();
    return target.kind() == ResourceKind.ENDPOINTS ? ENDPOINTS_DEPRECATED + "\n" + text : text;
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
          pod.isTerminating() ? "Terminating" : "Running", "0", age(cluster.now() - pod.createdAt())));
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
          age(cluster.now() - d.createdAt()), d.image(), d.selector().toString());
    }
    return table;
  }

  private KubectlTable services(List<String> names, boolean wide) {
    KubectlTable table = wide
        ? new KubectlTable("NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE", "SELECTOR")
        : new KubectlTable("NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE");
    List<Service> services = names.isEmpty() ? cluster.services() : names.stream().map(cluster::service).toList();
    for (Service s : services) {
      String age = age(cluster.now() - s.createdAt());
      if (wide) {
        table.row(s.name(), s.type(), s.clusterIp(), "<none>", s.ports(), age, s.selector().toString());
      } else {
        table.row(s.name(), s.type(), s.clusterIp(), "<none>", s.ports(), age);
      }
    }
    return table;
  }

  private KubectlTable endpoints(List<String> names) {
    KubectlTable table = new KubectlTable("NAME", "ENDPOINTS", "AGE");
    List<Service> services = names.isEmpty() ? cluster.services() : names.stream().map(cluster::service).toList();
    for (Service s : services) {
      String targetPort = s.targetPort();
      List<Pod> pods = cluster.endpoints(s.name());
      List<String> shown = pods.stream().limit(ENDPOINTS_SHOWN).map(pod -> pod.ip() + ":" + targetPort).toList();
      String text = pods.isEmpty() ? "<none>" : String.join(",", shown)
          + (pods.size() > ENDPOINTS_SHOWN ? " + " + (pods.size() - ENDPOINTS_SHOWN) + " more..." : "");
      table.row(s.name(), text, age(cluster.now() - s.createdAt()));
    }
    return table;
  }

  /**
   * The EndpointSlice of each Service that has endpoints managed for it (one slice each: bglab's
   * Services stay far below the 100 endpoints a slice holds by default).
   */
  private KubectlTable endpointSlices(List<String> names, Labels selector) {
    KubectlTable table = new KubectlTable("NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE");
    List<String> missing = new ArrayList<>(names);
    for (Service s : cluster.services()) {
      String slice = sliceName(s);
      Labels labels = new Labels(java.util.Map.of("kubernetes.io/service-name", s.name(),
          "endpointslice.kubernetes.io/managed-by", "endpointslice-controller.k8s.io"));
      if (!names.isEmpty() && !names.contains(slice) || selector != null && !selector.selects(labels)
          || !s.hasSelector() && cluster.endpoints(s.name()).isEmpty()) {
        continue;
      }
      missing.remove(slice);
      List<Pod> pods = cluster.endpoints(s.name());
      List<String> shown = pods.stream().limit(ENDPOINTS_SHOWN).map(Pod::ip).toList();
      String text = pods.isEmpty() ? "<unset>" : String.join(",", shown)
          + (pods.size() > ENDPOINTS_SHOWN ? " + " + (pods.size() - ENDPOINTS_SHOWN) + " more..." : "");
      table.row(slice, "IPv4", pods.isEmpty() ? "<unset>" : s.targetPort(), text,
          age(cluster.now() - s.createdAt()));
    }
    if (!missing.isEmpty()) {
      throw ApiException.notFound("endpointslices.discovery.k8s.io", missing.get(0));
    }
    return table;
  }

  /** The slice's name: the Service's name and five letters derived from it, as the controller's are random. */
  static String sliceName(Service service) {
    String letters = "bcdfghjklmnpqrstvwxz2456789";
    StringBuilder suffix = new StringBuilder();
    long hash = Integer.toUnsignedLong((service.name() + "|" + service.clusterIp()).hashCode()) * 2_654_435_761L;
    for (int i = 0; i < 5; i++) {
      suffix.append(letters.charAt((int) Long.remainderUnsigned(hash, letters.length())));
      hash = Long.divideUnsigned(hash, letters.length());
    }
    return service.name() + "-" + suffix;
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

  /** An age as kubectl prints it: {@code 45s}, {@code 3m20s}, {@code 12m}, {@code 2h}. */
  static String age(long nanos) {
    long seconds = nanos / Durations.SECOND;
    if (seconds < 120) {
      return seconds + "s";
    }
    if (seconds < 600) {
      return seconds / 60 + "m" + (seconds % 60 == 0 ? "" : seconds % 60 + "s");
    }
    return seconds < 3 * 3600 ? seconds / 60 + "m" : seconds / 3600 + "h";
  }
}
