package org.bglab.simulator.cluster;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts by name, such as endpoints by deployment ({@code blue 2, green 1}) or by image.
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
    return of(pods, Pod::deployment);
  }

  /** The pods counted by their image (model version), such as {@code model:v1 3}. */
  public static Tally byImage(Collection<Pod> pods) {
    return of(pods, Pod::image);
  }

  private static Tally of(Collection<Pod> pods, Function<Pod, String> name) {
    TreeMap<String, Long> counts = new TreeMap<>();
    for (Pod pod : pods) {
      counts.merge(name.apply(pod), 1L, Long::sum);
    }
    return new Tally(counts);
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
