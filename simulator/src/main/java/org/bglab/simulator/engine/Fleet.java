package org.bglab.simulator.engine;

import java.util.EnumMap;
import java.util.Map;
import org.bglab.simulator.model.Environment;

/** The replicas each environment runs over a run, and the most that ran at one time. */
final class Fleet {

  private final Map<Environment, Integer> running = new EnumMap<>(Environment.class);
  private int peak;

  Fleet() {
    for (Environment environment : Environment.values()) {
      running.put(environment, 0);
    }
  }

  /** Runs {@code replicas} replicas in {@code environment} from now on. */
  void scale(Environment environment, int replicas) {
    running.put(environment, replicas);
    peak = Math.max(peak, running.values().stream().mapToInt(Integer::intValue).sum());
  }

  /** The most replicas that ran at one time. */
  int peak() {
    return peak;
  }
}
