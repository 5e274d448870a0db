package org.bglab.simulator.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Service: a stable name in front of whichever ready pods its selector picks. The Service is
 * kept as the JSON document the API server stores, so that a merge patch can change any part of
 * it; its selector is read from {@code spec.selector}. A Service without a selector gets no
 * endpoints.
 */
public final class Service {

  private final String name;
  private final String clusterIp;
  private final long createdAt;
  private ObjectNode document;
  private Labels selector;

  Service(String name, Labels selector, int port, int targetPort, String clusterIp, long createdAt) {
    this.name = name;
    this.clusterIp = clusterIp;
    this.createdAt = createdAt;
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode().put("apiVersion", "v1").put("kind", "Service");
    root.putObject("metadata").put("name", name);
    ObjectNode spec = root.putObject("spec");
    ObjectNode selectorNode = spec.putObject("selector");
    selector.entries().forEach(selectorNode::put);
    spec.putArray("ports").addObject().put("protocol", "TCP").put("port", port).put("targetPort", targetPort);
    spec.put("type", "ClusterIP").put("clusterIP", clusterIp);
    this.document = root;
    this.selector = selector;
  }

  /** The Service's name. */
  public String name() {
    return name;
  }

  /** Its virtual IP address. */
  public String clusterIp() {
    return clusterIp;
  }

  /** When it was created, in simulated microseconds. */
  public long createdAt() {
    return createdAt;
  }

  /** The selector that picks its pods; empty when it has none. */
  public Labels selector() {
    return selector;
  }

  /** A copy of the stored document. */
  public ObjectNode document() {
    return document.deepCopy();
  }

  /** The first port, as {@code 80/TCP}. */
  public String ports() {
    JsonNode port = document.path("spec").path("ports").path(0);
    return port.isMissingNode() ? "<none>" : port.path("port").asText() + "/" + port.path("protocol").asText("TCP");
  }

  /**
   * Replaces the document by {@code patched} after checking it as the API server would.
   *
   * @return whether the selector changed
   * @throws ApiException when the patched document is not a valid Service
   */
  boolean replace(JsonNode patched) {
    if (!patched.isObject()) {
      throw new ApiException("Error from server (BadRequest): the patched Service \"" + name + "\" is not a JSON object");
    }
    JsonNode newName = patched.path("metadata").path("name");
    if (!name.equals(newName.asText(null))) {
      throw invalid("metadata.name", newName.isMissingNode() ? "null" : newName.toString(), "field is immutable");
    }
    Labels newSelector = selectorOf(patched.path("spec").path("selector"));
    document = (ObjectNode) patched.deepCopy();
    boolean changed = !newSelector.equals(selector);
    selector = newSelector;
    return changed;
  }

  private Labels selectorOf(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Labels.NONE;
    }
    if (!node.isObject()) {
      throw invalid("spec.selector", node.toString(), "must be a map of label keys to string values");
    }
    Map<String, String> pairs = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isTextual()) {
        throw new ApiException("Error from server (BadRequest): json: cannot unmarshal "
            + field.getValue().getNodeType().name().toLowerCase() + " into Go struct field"
            + " ServiceSpec.spec.selector of type string");
      }
      pairs.put(field.getKey(), field.getValue().asText());
    }
    return new Labels(pairs);
  }

  private ApiException invalid(String field, String value, String reason) {
    return new ApiException("The Service \"" + name + "\" is invalid: " + field + ": Invalid value: " + value + ": " + reason);
  }
}
