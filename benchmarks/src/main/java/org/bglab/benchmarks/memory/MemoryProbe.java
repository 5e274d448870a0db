package org.bglab.benchmarks.memory;

import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.function.Supplier;
import org.openjdk.jol.info.GraphLayout;

/** Two ways of measuring how many bytes a data structure occupies on the heap. */
public final class MemoryProbe {

  private static final int MAX_COLLECTIONS = 8;

  private MemoryProbe() {}

  /**
   * The exact total size of every object reachable from {@code root}, each object counted once,
   * from the JVM's own object layout (JOL). Slow on very large graphs: about 20 s per million
   * objects.
   */
  public static long graphBytes(Object root) {
    return GraphLayout.parseInstance(root).totalSize();
  }

  /**
   * The median growth of the used heap when {@code build} runs and its result is kept, over
   * {@code repeats} builds, each measured between forced full collections. Includes only what
   * stays reachable from the result; temporary garbage is collected before the second reading.
   */
  public static long heapBytes(Supplier<?> build, int repeats) {
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
    }
    long[] deltas = new long[repeats];
    for (int i = 0; i < repeats; i++) {
      long before = settledUsedHeap();
      Object kept = build.get();
      long after = settledUsedHeap();
      Reference.reachabilityFence(kept);
      deltas[i] = after - before;
    }
    Arrays.sort(deltas);
    return deltas[repeats / 2];
  }

  /** The used heap after collecting until it stops shrinking. */
  private static long settledUsedHeap() {
    long used = usedHeap();
    for (int i = 0; i < MAX_COLLECTIONS; i++) {
      System.gc();
      long now = usedHeap();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
