package org.bglab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import org.bglab.simulator.metrics.Measure;
import org.bglab.simulator.metrics.Section;
import org.bglab.simulator.metrics.SimulationReport;

/**
 * The JSON of {@code simulate}: one object per run, built from the catalogue of {@link Measure
 * measures} in its order, each in the object of its section, so keys come in the documented order
 * (DESIGN §5, README) and keys added later come after the ones before them. A section the run
 * does not have (no rollback) is {@code null}. Numbers are written as {@link MeasureFormat} writes
 * them for machines, never in exponent form.
 */
public final class SimulationJson {

  private SimulationJson() {}

  /** The runs of {@code --compare}, one object each. */
  static ArrayNode of(List<SimulationReport> reports) {
    ArrayNode array = JsonOutput.mapper().createArrayNode();
    reports.forEach(report -> array.add(of(report)));
    return array;
  }

  /** One run. */
  public static ObjectNode of(SimulationReport report) {
    ObjectNode root = JsonOutput.object();
    for (Measure measure : Measure.values()) {
      if (!measure.inJson()) {
        continue;
      }
      Section section = measure.section();
      if (!section.isIn(report)) {
        // the outermost key of an absent section is null, once
        String key = section.path().get(0);
        if (!root.has(key)) {
          root.putNull(key);
        }
        continue;
      }
      ObjectNode node = root;
      for (String key : section.path()) {
        JsonNode child = node.get(key);
        node = child == null ? node.putObject(key) : (ObjectNode) child;
      }
      put(node, measure, report);
    }
    return root;
  }

  private static void put(ObjectNode node, Measure measure, SimulationReport report) {
    String name = measure.jsonName();
    Object value = measure.of(report);
    if (value == null) {
      node.putNull(name);
      return;
    }
    switch (measure.unit()) {
      case NAME -> node.put(name, (String) value);
      case FLAG -> node.put(name, (Boolean) value);
      case NUMBER, COUNT, BYTES -> node.put(name, (Long) value);
      // decimals exactly as written for machines, never in exponent form
      default -> node.putRawValue(name, new RawValue(MeasureFormat.forMachines(measure.unit(), value)));
    }
  }
}
