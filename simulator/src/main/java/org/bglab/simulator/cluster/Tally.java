package org.bglab.simulator.cluster;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts by name, such as endpoints or served requests by deployment ({@code blue 2, green 1}).
 *
 * @param counts the counts by name, sorted, unmodifiable, without zero entries
 */
public record Tally(SortedMap<String, Long> counts) {

  /** Copies {@code counts}, dropping zero entries. */
  public Tally {
    TreeMap<String, Long> copy = new TreeMap<>();
    counts.forEach((name, count) -> {
      if (count != 0) {
        copy.put(name, count);
      }
    });
    counts = Collections.unmodifiableSortedMap(copy);
  }

  /** The pods counted by the deployment that created them. */
  public static Tally byDeployment(Collection<Pod> pods) {
    Map<String, Long> counts = new TreeMap<>();
    for (Pod pod : pods) {
      counts.merge(pod.deployment(), 1L, Long::sum);
    }
    return new Tally(new TreeMap<>(counts));
  }

  /** The count of {@code name}, zero when absent. */
  public long get(String name) {
    return counts.getOrDefault(name, 0L);
  }

  /** The sum of all counts. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@code blue 2, green 1}, or {@code none} when empty. */
  @Override
  public String toString() {
    if (counts.isEmpty()) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    counts.forEach((name, count) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(' ').append(count));
    return text.toString();
  }
}
