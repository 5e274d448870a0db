package org.bglab.simulator.scenario;

import java.util.List;
import java.time.Duration;
import org.bglab.simulator.kernel.Durations;
import org.bglab.simulator.cluster.Cluster;
import org.bglab.simulator.cluster.PropagationSettings;

/**
 * {@code set KEY VALUE}: a property of the simulated cluster. Keys: {@code readiness-delay},
 * {@code termination-grace},
 * {@code nodes}, {@code proxy-sync-delay}, {@code proxy-fanout}, {@code endpoint-recompute},
 * {@code proxy-rule} (see {@link PropagationSettings} for what the last four mean). The faulty
 * image setting, which takes two values, is {@link FaultyImageStep}.
 *
 * @param value the number of nodes, or a duration in nanoseconds
 */
record SettingStep(int line, String text, String key, long value) implements Step {

  /** The keys {@code set} accepts. */
  static final List<String> KEYS = List.of(
      "readiness-delay", "termination-grace", "nodes", "proxy-sync-delay", "proxy-fanout", "endpoint-recompute",
      "proxy-rule");

  /**
   * Reads a setting's value.
   *
   * @throws IllegalArgumentException when the key is unknown or the value does not fit it
   */
  static SettingStep parse(int line, String text, String key, String value) {
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("unknown setting \"" + key + "\" (known: " + String.join(", ", KEYS) + ", "
          + FaultyImageStep.KEY + ")");
    }
    if (key.equals("nodes")) {
      int nodes = ScenarioParser.positiveInt(value, "nodes");
      if (nodes > 100_000) {
        throw new IllegalArgumentException("nodes must be at most 100000");
      }
      return new SettingStep(line, text, key, nodes);
    }
    return new SettingStep(line, text, key, Durations.parse(value).toNanos());
  }

  @Override
  public void run(ScenarioRunner runner) {
    Cluster cluster = runner.cluster();
    PropagationSettings settings = cluster.propagation();
    try {
      switch (key) {
        case "readiness-delay" -> cluster.setReadinessDelay(value);
        case "termination-grace" -> cluster.setTerminationGrace(value);
        case "nodes" -> cluster.configurePropagation(settings.withNodes((int) value));
        case "proxy-sync-delay" -> cluster.configurePropagation(settings.withProxySyncDelay(value));
        case "proxy-fanout" -> cluster.configurePropagation(settings.withFanoutPerNode(value));
        case "endpoint-recompute" -> cluster.configurePropagation(settings.withRecomputePerEndpoint(value));
        default -> cluster.configurePropagation(settings.withRulePerEndpoint(value));
      }
    } catch (IllegalStateException | IllegalArgumentException ex) {
      throw new IllegalArgumentException("line " + line + ": '" + text + "': " + ex.getMessage(), ex);
    }
    String shown = key.equals("nodes") ? String.valueOf(value) : Durations.text(Duration.ofNanos(value));
    runner.record(new TranscriptEntry.Setting(line, cluster.now(), key, shown));
  }
}
