package org.bglab.simulator.cluster;

import java.util.ArrayList;
import java.util.List;

/** The kinds of object the kubectl subset knows, with the names kubectl accepts for each. */
enum ResourceKind {
  DEPLOYMENT("deployment.apps", "deployments.apps", "deployment", "deployments", "deploy", "deployment.apps"),
  SERVICE("service", "services", "service", "services", "svc"),
  POD("pod", "pods", "pod", "pods", "po"),
  ENDPOINTS("endpoints", "endpoints", "endpoints", "endpoint", "ep"),
  ENDPOINTSLICE("endpointslice.discovery.k8s.io", "endpointslices.discovery.k8s.io", "endpointslice",
      "endpointslices", "endpointslice.discovery.k8s.io", "endpointslices.discovery.k8s.io");

  /** An object kind and the names given for it on a command line. */
  record Target(ResourceKind kind, List<String> names) {}

  private final String singular;
  private final String plural;
  private final List<String> aliases;

  ResourceKind(String singular, String plural, String... aliases) {
    this.singular = singular;
    this.plural = plural;
    this.aliases = List.of(aliases);
  }

  /** The prefix of an object reference in output, as in {@code deployment.apps/blue}. */
  String singular() {
    return singular;
  }

  /** The resource name in API server errors, as in {@code deployments.apps "x" not found}. */
  String plural() {
    return plural;
  }

  static ResourceKind named(String name) {
    for (ResourceKind kind : values()) {
      if (kind.aliases.contains(name.toLowerCase())) {
        return kind;
      }
    }
    throw new UsageException("error: the server doesn't have a resource type \"" + name + "\"");
  }

  /**
   * Reads {@code TYPE NAME...} or {@code TYPE/NAME...} from the start of {@code words}; the words
   * taken are removed from the list.
   */
  static Target take(List<String> words) {
    if (words.isEmpty()) {
      throw new UsageException("error: you must specify the type of resource");
    }
    List<String> names = new ArrayList<>();
    if (words.get(0).contains("/")) {
      ResourceKind kind = null;
      while (!words.isEmpty() && words.get(0).contains("/")) {
        String word = words.remove(0);
        ResourceKind wordKind = named(word.substring(0, word.indexOf('/')));
        if (kind != null && kind != wordKind) {
          throw new UsageException("error: give objects of one type at a time");
        }
        kind = wordKind;
        names.add(word.substring(word.indexOf('/') + 1));
      }
      return new Target(kind, names);
    }
    ResourceKind kind = named(words.remove(0));
    while (!words.isEmpty() && !words.get(0).startsWith("-") && !words.get(0).contains("=")
        && !words.get(0).endsWith("-")) {
      names.add(words.remove(0));
    }
    return new Target(kind, names);
  }
}
