package org.bglab.simulator.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A Service: a stable name in front of whichever ready pods its selector picks. The Service is
 * kept as the JSON document the API server stores, so that a patch can change any part of it, and
 * everything {@code kubectl get} shows is read from that document. A Service without a selector
 * is not managed by the endpoints controller (see {@link EndpointsController}).
 */
public final class Service {

  private final long createdAt;
  private ObjectNode document;
  private Labels selector;

  /** A Service stored from {@code manifest}, checked and defaulted by {@link ServiceRules}. */
  Service(ObjectNode manifest, long createdAt) {
    this.createdAt = createdAt;
    this.document = ServiceRules.create(manifest);
    this.selector = ServiceRules.selectorOf(document);
  }

  /** The Service's name. */
  public String name() {
    return document.path("metadata").path("name").asText();
  }

  /** Its virtual IP address. */
  public String clusterIp() {
    return document.path("spec").path("clusterIP").asText();
  }

  /** Its type, as stored ({@code ClusterIP}). */
  public String type() {
    return document.path("spec").path("type").asText();
  }

  /** When it was created, in simulated nanoseconds. */
  public long createdAt() {
    return createdAt;
  }

  /** The selector that picks its pods; empty when it has none. */
  public Labels selector() {
    return selector;
  }

  /**
   * Whether it has a selector. Without one (a missing, {@code null} or empty {@code spec.selector})
   * the endpoints controller leaves its endpoints alone.
   */
  public boolean hasSelector() {
    return !selector.isEmpty();
  }

  /** A copy of the stored document. */
  public ObjectNode document() {
    return document.deepCopy();
  }

  /** Its ports as kubectl lists them: {@code 80/TCP}, {@code 80/TCP,443/TCP}. */
  public String ports() {
    List<String> shown = new ArrayList<>();
    for (JsonNode port : document.path("spec").path("ports")) {
      shown.add(port.path("port").asText() + "/" + port.path("protocol").asText("TCP"));
    }
    return shown.isEmpty() ? "<none>" : String.join(",", shown);
  }

  /** The target port of its first port, where its endpoints listen. */
  public String targetPort() {
    return document.path("spec").path("ports").path(0).path("targetPort").asText();
  }

  /**
   * Replaces the document by {@code patched} after checking it as the API server would.
   *
   * @return whether the selector changed
   * @throws ApiException when the patched document is not a valid Service
   */
  boolean replace(JsonNode patched) {
    document = ServiceRules.update(document, patched);
    Labels newSelector = ServiceRules.selectorOf(document);
    boolean changed = !newSelector.equals(selector);
    selector = newSelector;
    return changed;
  }
}
