package org.bglab.simulator.kernel;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Proxy nodes that copy a control plane: node {@code k} applies every write, in the order the
 * writes were made, {@link #lag(int) lag(k)} after the write was made. Because the lag of a node
 * is fixed, a node is a watermark into the log of writes: at time {@code now} it has applied
 * exactly the writes made at or before {@code now - lag(k)}, and every node has applied every
 * write made at or before {@code now - maxLag()}.
 *
 * <pre>{@code
 * ProxyNodes nodes = ProxyNodes.spread(10, 1_000_000_000L, new SplittableRandom(42));
 * nodes.applied(3, writtenAt, now);   // has node 3 picked up that write by now?
 * nodes.caughtUpAt(lastWrite);        // when the slowest node has it
 * }</pre>
 *
 * <p>Immutable. Times are simulated nanoseconds.
 */
public final class ProxyNodes {

  private final long[] lags;
  private final long maxLag;

  private ProxyNodes(long[] lags) {
    if (lags.length < 1) {
      throw new IllegalArgumentException("there must be at least one proxy node");
    }
    long max = 0;
    for (long lag : lags) {
      if (lag < 0) {
        throw new IllegalArgumentException("a node's lag cannot be negative, got " + lag);
      }
      max = Math.max(max, lag);
    }
    this.lags = lags;
    this.maxLag = max;
  }

  /**
   * Nodes with the given lags, in nanoseconds.
   *
   * @throws IllegalArgumentException when there is no lag or one is negative
   */
  public static ProxyNodes of(long... lags) {
    return new ProxyNodes(lags.clone());
  }

  /**
   * {@code nodes} nodes whose lags are seeded uniform draws rescaled so that the fastest node has
   * lag 0 and the slowest exactly {@code spreadNanos} (a single node has lag 0).
   *
   * @throws IllegalArgumentException when {@code nodes} is below 1 or the spread is negative
   */
  public static ProxyNodes spread(int nodes, long spreadNanos, SplittableRandom random) {
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, got " + nodes);
    }
    if (spreadNanos < 0) {
      throw new IllegalArgumentException("the spread cannot be negative, got " + spreadNanos);
    }
    double[] draws = new double[nodes];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int node = 0; node < nodes; node++) {
      draws[node] = random.nextDouble();
      min = Math.min(min, draws[node]);
      max = Math.max(max, draws[node]);
    }
    long[] lags = new long[nodes];
    if (max > min) {
      for (int node = 0; node < nodes; node++) {
        lags[node] = Math.round((draws[node] - min) / (max - min) * spreadNanos);
      }
    }
    return new ProxyNodes(lags);
  }

  /** The number of nodes. */
  public int count() {
    return lags.length;
  }

  /** How long after a write node {@code node} applies it. */
  public long lag(int node) {
    return lags[node];
  }

  /** The lag of the slowest node. */
  public long maxLag() {
    return maxLag;
  }

  /** Whether node {@code node} has applied, by {@code now}, a write made at {@code writtenAt}. */
  public boolean applied(int node, long writtenAt, long now) {
    return writtenAt <= now - lags[node];
  }

  /** When the slowest node applies a write made at {@code writtenAt}. */
  public long caughtUpAt(long writtenAt) {
    return writtenAt + maxLag;
  }

  /** The memory of the nodes themselves: one lag (a watermark) per node. */
  public long bytes() {
    return (long) Long.BYTES * lags.length;
  }

  @Override
  public String toString() {
    return "ProxyNodes" + Arrays.toString(lags);
  }
}
