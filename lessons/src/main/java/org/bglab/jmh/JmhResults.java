package org.bglab.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON that JMH writes with {@code -rf json}: an array of results. */
public final class JmhResults {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JmhResults() {}

  /**
   * Every result of a JMH JSON text, in file order.
   *
   * @param source the file's name, used in messages
   * @throws IllegalArgumentException naming {@code source} (and the line or the result) when the
   *     text is not JSON, not an array of results, or a result lacks its name, mode or score
   */
  public static List<JmhResult> parse(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException(source + ":" + ex.getLocation().getLineNr()
          + ": not valid JSON: " + ex.getOriginalMessage());
    }
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw new IllegalArgumentException(source + ": expected JMH results (a JSON array of"
          + " benchmark results, as written by -rf json), found none");
    }
    List<JmhResult> results = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      results.add(result(root.get(i), source + ": result " + (i + 1)));
    }
    return List.copyOf(results);
  }

  private static JmhResult result(JsonNode node, String where) {
    String benchmark = text(node, "benchmark", where);
    String mode = text(node, "mode", where);
    JsonNode metric = node.path("primaryMetric");
    if (!metric.path("score").isNumber()) {
      throw new IllegalArgumentException(where + " (" + benchmark + "): no primaryMetric.score");
    }
    String unit = text(metric, "scoreUnit", where + " (" + benchmark + ") primaryMetric");
    Map<String, String> params = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("params").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> param = it.next();
      params.put(param.getKey(), param.getValue().asText());
    }
    Map<String, Double> secondary = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("secondaryMetrics").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> score = it.next();
      secondary.put(score.getKey(), number(score.getValue().path("score")));
    }
    return new JmhResult(benchmark, mode, params, metric.path("score").asDouble(),
        number(metric.path("scoreError")), unit, secondary, settings(node));
  }

  /** A number, or {@code NaN} where JMH wrote none (it writes {@code "NaN"} as a string). */
  private static double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": no '" + field + "' text");
    }
    return value.asText();
  }

  private static String settings(JsonNode node) {
    return "JMH " + node.path("jmhVersion").asText("?") + ", " + node.path("vmName").asText("?")
        + " " + node.path("vmVersion").asText("?") + "; " + node.path("forks").asInt() + " fork(s), "
        + node.path("warmupIterations").asInt() + " x " + node.path("warmupTime").asText("?")
        + " warmup, " + node.path("measurementIterations").asInt() + " x "
        + node.path("measurementTime").asText("?") + " measurement";
  }
}
