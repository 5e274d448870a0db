package org.bglab.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bglab.benchmarks.command.CommandLineError;

/**
 * One result of a JMH JSON file: a benchmark method at one set of parameters.
 *
 * @param benchmark the class and method, e.g. {@code SwitchCostBenchmark.switchAllUsers}
 * @param params the parameters, by name
 * @param score the primary score
 * @param error the primary score's 99.9% error half-width ({@code NaN} with a single iteration)
 * @param unit the primary score's unit, e.g. {@code ns/op} or {@code ops/s}
 * @param secondary the secondary scores by label, e.g. {@code perUser}
 * @param settings how the result was run: JMH and JVM versions, forks, iterations
 */
public record JmhResult(
    String benchmark,
    Map<String, String> params,
    double score,
    double error,
    String unit,
    Map<String, Double> secondary,
    String settings) {

  /** The parameter {@code name}, or {@code null} when the benchmark has none by that name. */
  public String param(String name) {
    return params.get(name);
  }

  /**
   * Reads every result of a JMH JSON file ({@code -rf json}).
   *
   * @throws CommandLineError when the file cannot be read or is not JMH output
   */
  public static List<JmhResult> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (IOException error) {
      throw new CommandLineError(file + ": cannot read JMH results: " + error.getMessage());
    }
    if (root == null || !root.isArray()) {
      throw new CommandLineError(file + ": not a JMH JSON result file (expected an array)");
    }
    List<JmhResult> results = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root) {
      if (!node.path("benchmark").isTextual() || !node.path("primaryMetric").isObject()) {
        throw new CommandLineError(
            file + ": result " + index + " has no benchmark name or primary metric");
      }
      results.add(of(node));
      index++;
    }
    return List.copyOf(results);
  }

  private static JmhResult of(JsonNode node) {
    String[] parts = node.get("benchmark").asText().split("\\.");
    String name = parts.length >= 2
        ? parts[parts.length - 2] + "." + parts[parts.length - 1]
        : parts[0];
    Map<String, String> params = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("params").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> param = it.next();
      params.put(param.getKey(), param.getValue().asText());
    }
    JsonNode primary = node.get("primaryMetric");
    Map<String, Double> secondary = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("secondaryMetrics").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> metric = it.next();
      secondary.put(metric.getKey(), metric.getValue().path("score").asDouble(Double.NaN));
    }
    return new JmhResult(
        name,
        Map.copyOf(params),
        primary.path("score").asDouble(Double.NaN),
        primary.path("scoreError").asDouble(Double.NaN),
        primary.path("scoreUnit").asText(""),
        Map.copyOf(secondary),
        settings(node));
  }

  private static String settings(JsonNode node) {
    return "JMH " + node.path("jmhVersion").asText("?") + ", " + node.path("vmName").asText("?")
        + " " + node.path("vmVersion").asText("?") + "; " + node.path("forks").asInt() + " fork(s), "
        + node.path("warmupIterations").asInt() + " x " + node.path("warmupTime").asText("?")
        + " warmup, " + node.path("measurementIterations").asInt() + " x "
        + node.path("measurementTime").asText("?") + " measurement";
  }
}
