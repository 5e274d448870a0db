package org.bglab.simulator.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the API server checks and fills in when a Service is stored, for the ClusterIP Services
 * bglab models: label keys and values (metadata and selector) follow the label syntax, annotations
 * are strings, ports are numbers from 1 to 65535 with a protocol ({@code TCP} by default) and a
 * target port (the port by default), several ports are named, and {@code spec.clusterIP} never
 * changes once set (left out of an update, it is kept).
 */
final class ServiceRules {

  private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

  private ServiceRules() {}

  /** The document as stored for a new Service, with defaults filled in. */
  static ObjectNode create(ObjectNode manifest) {
    ObjectNode document = withoutNulls(manifest);
    check(document);
    return document;
  }

  /**
   * The document as stored when {@code old} is replaced by {@code updated} (the result of a
   * patch).
   *
   * @throws ApiException when the update is refused
   */
  static ObjectNode update(ObjectNode old, JsonNode updated) {
    String name = old.path("metadata").path("name").asText();
    if (!updated.isObject()) {
      throw new ApiException("Error from server (BadRequest): the patched Service \"" + name + "\" is not a JSON object");
    }
    ObjectNode document = withoutNulls((ObjectNode) updated);
    JsonNode newName = document.path("metadata").path("name");
    if (!name.equals(newName.asText(null))) {
      throw LabelSyntax.invalid("Service", name, List.of("metadata.name: Invalid value: "
          + (newName.isMissingNode() ? "\"\"" : newName.toString()) + ": field is immutable"));
    }
    String clusterIp = old.path("spec").path("clusterIP").asText();
    JsonNode newIp = document.path("spec").path("clusterIP");
    if (document.path("spec").isObject() && (newIp.isMissingNode() || newIp.isNull() || newIp.asText().isEmpty())) {
      ((ObjectNode) document.get("spec")).put("clusterIP", clusterIp);
    } else if (!newIp.asText().equals(clusterIp)) {
      throw LabelSyntax.invalid("Service", name, List.of("spec.clusterIPs[0]: Invalid value: [" + newIp
          + "]: may not change once set"));
    }
    check(document);
    return document;
  }

  /**
   * A copy without {@code null} values at any depth: the API server decodes a Service into typed
   * fields, where {@code null} means "not set", so a {@code null} left inside a list element by a
   * JSON merge patch is not stored.
   */
  static ObjectNode withoutNulls(ObjectNode node) {
    ObjectNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      List<String> nulls = new ArrayList<>();
      node.fields().forEachRemaining(f -> {
        if (f.getValue().isNull()) {
          nulls.add(f.getKey());
        } else {
          strip(f.getValue());
        }
      });
      ((ObjectNode) node).remove(nulls);
    } else if (node.isArray()) {
      node.forEach(ServiceRules::strip);
    }
  }

  /** The selector of a stored document; {@link Labels#NONE} when it has none. */
  static Labels selectorOf(JsonNode document) {
    JsonNode node = document.path("spec").path("selector");
    Map<String, String> pairs = new TreeMap<>();
    node.fields().forEachRemaining(field -> pairs.put(field.getKey(), field.getValue().asText()));
    return new Labels(pairs);
  }

  private static void check(ObjectNode document) {
    String name = document.path("metadata").path("name").asText();
    if (!document.path("spec").isObject()) {
      document.putObject("spec");
    }
    ObjectNode spec = (ObjectNode) document.get("spec");
    Labels labels = new Labels(stringMap(document.path("metadata").path("labels"), "ObjectMeta.metadata.labels"));
    Map<String, String> annotations =
        stringMap(document.path("metadata").path("annotations"), "ObjectMeta.metadata.annotations");
    Labels selector = new Labels(stringMap(spec.path("selector"), "ServiceSpec.spec.selector"));
    JsonNode ports = spec.path("ports");
    if (!ports.isMissingNode() && !ports.isNull() && !ports.isArray()) {
      throw unmarshal(ports, "ServiceSpec.spec.ports", "[]v1.ServicePort");
    }
    List<String> errors = new ArrayList<>();
    errors.addAll(LabelSyntax.fieldErrors("metadata.labels", labels));
    annotations.keySet().forEach(key -> LabelSyntax.keyProblems(key)
        .forEach(p -> errors.add("metadata.annotations: Invalid value: \"" + key + "\": " + p)));
    errors.addAll(LabelSyntax.fieldErrors("spec.selector", selector));
    JsonNode type = spec.path("type");
    if (type.isMissingNode() || type.isNull()) {
      spec.put("type", "ClusterIP");
    } else if (!type.asText().equals("ClusterIP")) {
      errors.add("spec.type: Unsupported value: " + type + ": bglab's cluster models ClusterIP Services only");
    }
    errors.addAll(portErrors(spec));
    if (!errors.isEmpty()) {
      throw LabelSyntax.invalid("Service", name, errors);
    }
  }

  private static List<String> portErrors(ObjectNode spec) {
    JsonNode ports = spec.path("ports");
    List<String> errors = new ArrayList<>();
    if (!ports.isArray() || ports.isEmpty()) {
      errors.add("spec.ports: Required value");
      return errors;
    }
    Set<String> names = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ports.size(); i++) {
      String field = "spec.ports[" + i + "]";
      if (!ports.get(i).isObject()) {
        throw unmarshal(ports.get(i), "ServiceSpec.spec.ports", "v1.ServicePort");
      }
      ObjectNode port = (ObjectNode) ports.get(i);
      JsonNode number = port.path("port");
      if (!number.isMissingNode() && !number.isIntegralNumber()) {
        throw unmarshal(number, "ServicePort.spec.ports.port", "int32");
      }
      if (!number.isIntegralNumber() || number.asLong() < 1 || number.asLong() > 65535) {
        errors.add(field + ".port: Invalid value: " + number.asLong(0) + ": must be between 1 and 65535, inclusive");
      }
      if (port.path("protocol").isMissingNode() || port.path("protocol").isNull()) {
        port.put("protocol", "TCP");
      } else if (!PROTOCOLS.contains(port.path("protocol").asText())) {
        errors.add(field + ".protocol: Unsupported value: " + port.get("protocol")
            + ": supported values: \"SCTP\", \"TCP\", \"UDP\"");
      }
      JsonNode target = port.path("targetPort");
      if (target.isMissingNode() || target.isNull() || (target.isIntegralNumber() && target.asLong() == 0)) {
        port.set("targetPort", number);
      } else if (target.isIntegralNumber() && (target.asLong() < 1 || target.asLong() > 65535)) {
        errors.add(field + ".targetPort: Invalid value: " + target.asLong() + ": must be between 1 and 65535, inclusive");
      }
      String portName = port.path("name").asText("");
      if (ports.size() > 1 && portName.isEmpty()) {
        errors.add(field + ".name: Required value");
      } else if (!portName.isEmpty() && !names.add(portName)) {
        errors.add(field + ".name: Duplicate value: \"" + portName + "\"");
      }
      if (!seen.add(number.asText() + "/" + port.path("protocol").asText())) {
        errors.add(field + ": Duplicate value: " + number.asText() + "/" + port.path("protocol").asText());
      }
    }
    return errors;
  }

  /** Reads a map of strings, refusing anything else as the API server's JSON decoder does. */
  private static Map<String, String> stringMap(JsonNode node, String goField) {
    if (node.isMissingNode() || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw unmarshal(node, goField, "map[string]string");
    }
    Map<String, String> pairs = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isTextual()) {
        throw unmarshal(field.getValue(), goField, "string");
      }
      pairs.put(field.getKey(), field.getValue().asText());
    }
    return pairs;
  }

  private static ApiException unmarshal(JsonNode value, String goField, String goType) {
    String kind = switch (value.getNodeType()) {
      case BOOLEAN -> "bool";
      case NUMBER -> "number";
      case STRING -> "string";
      case ARRAY -> "array";
      default -> "object";
    };
    return new ApiException("Error from server (BadRequest): json: cannot unmarshal " + kind
        + " into Go struct field " + goField + " of type " + goType);
  }
}
