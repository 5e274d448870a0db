package org.bglab.simulator.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A strategic merge patch of a Service, what {@code kubectl patch} sends by default. Maps merge
 * key by key and {@code null} removes a key, as in a JSON merge patch. Lists differ: a list whose
 * field declares a merge key (a Service's {@code spec.ports}, merged by {@code port}) merges
 * element by element, and every other list is replaced whole. The directives are honoured:
 * {@code "$patch": "replace"} or {@code "delete"} in a map, {@code {"$patch": "replace"}} or
 * {@code {"port": 80, "$patch": "delete"}} in a merged list, and {@code "$retainKeys"}.
 * {@code $setElementOrder} and {@code $deleteFromPrimitiveList} (which {@code kubectl apply}
 * computes) are refused with a message. The ordering of a merged list follows the API server's:
 * the patch's elements in the patch's order, the others interleaved in their old order.
 */
public final class StrategicMergePatch {

  /** The list fields of a Service that merge by a key, and that key. */
  private static final Map<String, String> MERGE_KEYS = Map.of("spec.ports", "port");
  private static final String DIRECTIVE = "$patch";
  private static final String RETAIN_KEYS = "$retainKeys";

  private StrategicMergePatch() {}

  /**
   * The result of applying {@code patch} to the Service document {@code target}. Neither argument
   * is modified.
   *
   * @throws ApiException with the API server's message when the patch cannot be applied
   */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      throw new ApiException("Error from server (BadRequest): invalid JSON document");
    }
    ObjectNode original = target != null && target.isObject() ? (ObjectNode) target : JsonNodeFactory.instance.objectNode();
    return mergeMap(original, (ObjectNode) patch, "");
  }

  private static ObjectNode mergeMap(ObjectNode original, ObjectNode patch, String path) {
    JsonNode directive = patch.get(DIRECTIVE);
    if (directive != null) {
      String kind = directive.asText();
      if (kind.equals("delete")) {
        return JsonNodeFactory.instance.objectNode();
      }
      if (!kind.equals("replace")) {
        throw new ApiException("Error from server: unknown patch type: " + kind + " in map: " + goMap(patch));
      }
      return mergeMap(JsonNodeFactory.instance.objectNode(), without(patch, DIRECTIVE), path);
    }
    ObjectNode result = original.deepCopy();
    JsonNode retain = patch.get(RETAIN_KEYS);
    if (retain != null) {
      List<String> kept = new ArrayList<>();
      retain.forEach(key -> kept.add(key.asText()));
      result.retain(kept);
    }
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      String childPath = path.isEmpty() ? key : path + "." + key;
      if (key.equals(RETAIN_KEYS)) {
        continue;
      }
      if (key.startsWith("$setElementOrder/") || key.startsWith("$deleteFromPrimitiveList/")) {
        throw new ApiException("error: bglab's kubectl does not apply the " + key.substring(0, key.indexOf('/'))
            + " directive (kubectl apply computes it); write the list as it should be, or use --type merge");
      }
      if (key.startsWith("$")) {
        throw new ApiException("Error from server: unknown directive " + key + " in map: " + goMap(patch));
      }
      JsonNode old = result.get(key);
      if (value.isNull()) {
        result.remove(key);
      } else if (value.isObject()) {
        ObjectNode base = old != null && old.isObject() ? (ObjectNode) old : JsonNodeFactory.instance.objectNode();
        result.set(key, mergeMap(base, (ObjectNode) value, childPath));
      } else if (value.isArray() && MERGE_KEYS.containsKey(childPath)) {
        ArrayNode base = old != null && old.isArray() ? (ArrayNode) old : JsonNodeFactory.instance.arrayNode();
        result.set(key, mergeList(base, (ArrayNode) value, MERGE_KEYS.get(childPath), childPath));
      } else {
        result.set(key, value.deepCopy());
      }
    }
    return result;
  }

  /** Merges a list whose elements are identified by {@code mergeKey}. */
  private static ArrayNode mergeList(ArrayNode original, ArrayNode patch, String mergeKey, String path) {
    List<JsonNode> deletions = new ArrayList<>();
    List<ObjectNode> elements = new ArrayList<>();
    for (JsonNode element : patch) {
      if (!element.isObject()) {
        throw new ApiException("Error from server: " + path + ": list elements must be objects with a " + mergeKey);
      }
      JsonNode directive = element.get(DIRECTIVE);
      if (directive != null) {
        switch (directive.asText()) {
          case "replace" -> {
            ArrayNode replaced = JsonNodeFactory.instance.arrayNode();
            patch.forEach(e -> {
              if (e.get(DIRECTIVE) == null) {
                replaced.add(mergeMap(JsonNodeFactory.instance.objectNode(), (ObjectNode) e, path));
              }
            });
            return replaced;
          }
          case "delete" -> deletions.add(keyOf(element, mergeKey));
          case "merge" -> throw new ApiException("Error from server: merging lists cannot yet be specified in the patch");
          default -> throw new ApiException("Error from server: unknown patch type: " + directive.asText()
              + " in map: " + goMap(element));
        }
        continue;
      }
      keyOf(element, mergeKey);
      elements.add((ObjectNode) element);
    }
    List<JsonNode> serverOnly = new ArrayList<>();
    for (JsonNode old : original) {
      JsonNode key = old.get(mergeKey);
      boolean patched = elements.stream().anyMatch(e -> e.get(mergeKey).equals(key));
      if (!patched && !deletions.contains(key)) {
        serverOnly.add(old);
      }
    }
    List<JsonNode> merged = new ArrayList<>();
    for (ObjectNode element : elements) {
      JsonNode key = element.get(mergeKey);
      JsonNode old = null;
      for (JsonNode candidate : original) {
        if (key.equals(candidate.get(mergeKey))) {
          old = candidate;
        }
      }
      ObjectNode base = old != null && old.isObject() ? (ObjectNode) old : JsonNodeFactory.instance.objectNode();
      merged.add(mergeMap(base, element, path));
    }
    return interleave(serverOnly, merged, original, mergeKey);
  }

  /**
   * Merges the elements only the server had ({@code left}) into the patched ones ({@code right}),
   * keeping the order within each: a server element goes first when both it and the next patched
   * element were in the old list and it came earlier there.
   */
  private static ArrayNode interleave(List<JsonNode> left, List<JsonNode> right, ArrayNode order, String mergeKey) {
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    int i = 0;
    int j = 0;
    while (i < left.size() || j < right.size()) {
      if (j >= right.size()) {
        result.add(left.get(i++));
      } else if (i >= left.size()) {
        result.add(right.get(j++));
      } else {
        int li = indexOf(order, left.get(i).get(mergeKey), mergeKey);
        int ri = indexOf(order, right.get(j).get(mergeKey), mergeKey);
        if (li >= 0 && ri >= 0 && li < ri) {
          result.add(left.get(i++));
        } else {
          result.add(right.get(j++));
        }
      }
    }
    return result;
  }

  private static int indexOf(ArrayNode list, JsonNode key, String mergeKey) {
    for (int i = 0; i < list.size(); i++) {
      if (key != null && key.equals(list.get(i).get(mergeKey))) {
        return i;
      }
    }
    return -1;
  }

  private static JsonNode keyOf(JsonNode element, String mergeKey) {
    JsonNode key = element.get(mergeKey);
    if (key == null) {
      throw new ApiException("Error from server: map: " + goMap(element) + " does not contain declared merge key: " + mergeKey);
    }
    return key;
  }

  private static ObjectNode without(ObjectNode node, String key) {
    ObjectNode copy = node.deepCopy();
    copy.remove(key);
    return copy;
  }

  /** An object as Go prints a map, {@code map[$patch:merge env:green]}, for the API server's messages. */
  private static String goMap(JsonNode node) {
    Map<String, String> sorted = new TreeMap<>();
    node.fields().forEachRemaining(f -> sorted.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText()
        : f.getValue().isObject() ? goMap(f.getValue()) : f.getValue().toString()));
    StringBuilder text = new StringBuilder("map[");
    sorted.forEach((k, v) -> text.append(text.length() == 4 ? "" : " ").append(k).append(':').append(v));
    return text.append(']').toString();
  }
}
