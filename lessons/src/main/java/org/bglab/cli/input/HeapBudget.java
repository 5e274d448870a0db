package org.bglab.cli.input;

import org.bglab.output.Numbers;
import org.bglab.simulator.input.InputError;

/** Refuses work whose memory cannot fit in the heap, before allocating it. */
public final class HeapBudget {

  /** Leave this share of the free heap for everything else a run allocates. */
  private static final double USABLE_SHARE = 0.8;

  private HeapBudget() {}

  /**
   * Checks that {@code bytes} more can be allocated.
   *
   * @throws InputError naming {@code what}, the estimate and how to raise the heap
   */
  public static void require(long bytes, String what) {
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    if (bytes > free * USABLE_SHARE) {
      throw new InputError(what + " needs about " + Numbers.bytes(bytes)
          + " of routing state, but the Java heap has about " + Numbers.bytes(free)
          + " free; raise it, for example: BGLAB_JAVA_OPTS=-Xmx"
          + Math.max(2, (long) Math.ceil(bytes * 2.0 / 1e9)) + "g ./bglab ...");
    }
  }
}
