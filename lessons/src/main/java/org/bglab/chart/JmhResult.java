package org.bglab.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a JMH JSON result file, with the fields a chart needs.
 *
 * @param benchmark the full benchmark name
 * @param mode the JMH mode, such as {@code avgt}
 * @param params every parameter except the size, in file order
 * @param n the size parameter's value
 * @param score the primary score
 * @param error the primary score's error, NaN when JMH gave none
 * @param unit the score unit
 */
record JmhResult(String benchmark, String mode, Map<String, String> params, double n, double score,
    double error, String unit) {

  static JmhResult of(JsonNode node, String where) {
    String benchmark = text(node, "benchmark", where);
    String mode = text(node, "mode", where);
    JsonNode metric = node.path("primaryMetric");
    if (!metric.path("score").isNumber()) {
      throw new IllegalArgumentException(where + " (" + benchmark + "): no primaryMetric.score");
    }
    String unit = text(metric, "scoreUnit", where + " (" + benchmark + ") primaryMetric");
    Map<String, String> params = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.path("params").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      params.put(field.getKey(), field.getValue().asText());
    }
    String size = params.remove(JmhTable.SIZE_PARAMETER);
    if (size == null) {
      throw new IllegalArgumentException(where + " (" + benchmark + "): no parameter '"
          + JmhTable.SIZE_PARAMETER + "' to use as the x-axis (add @Param to a field named n)");
    }
    double n;
    try {
      n = Double.parseDouble(size.replace("_", ""));
    } catch (NumberFormatException ex) {
      n = Double.NaN;
    }
    if (!(n > 0) || Double.isInfinite(n)) {
      throw new IllegalArgumentException(where + " (" + benchmark + "): parameter n = '" + size
          + "' is not a positive number");
    }
    JsonNode error = metric.path("scoreError");
    return new JmhResult(benchmark, mode, params, n, metric.path("score").asDouble(),
        error.isNumber() ? error.asDouble() : Double.NaN, unit);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": no '" + field + "' text");
    }
    return value.asText();
  }
}
