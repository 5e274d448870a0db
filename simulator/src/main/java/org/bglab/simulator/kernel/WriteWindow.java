package org.bglab.simulator.kernel;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The writes of a control plane that some proxy node has not applied yet, oldest first. Records
 * are added in the order the writes were made; {@link #forgetApplied(long)} drops every record
 * whose last write the slowest node has applied. The caller may merge a new write into the last
 * record (a run of writes) instead of adding one, which keeps the window small when many writes
 * follow one pattern.
 *
 * <p>Bound: the window holds the records of the writes made in the last {@link
 * ProxyNodes#maxLag()} of simulated time, never more records than writes; when writes take no
 * time at all it can hold every write of a run, merged into as few records as the caller's
 * merging allows.
 *
 * @param <W> the records
 */
public final class WriteWindow<W extends TimedWrite> implements Iterable<W> {

  private final ProxyNodes nodes;
  private final ArrayDeque<W> records = new ArrayDeque<>();
  private int peak;

  /** An empty window in front of {@code nodes}. */
  public WriteWindow(ProxyNodes nodes) {
    this.nodes = nodes;
  }

  /** The nodes the writes propagate to. */
  public ProxyNodes nodes() {
    return nodes;
  }

  /**
   * Adds the record of a newer write.
   *
   * @throws IllegalArgumentException when it starts before the last record ends
   */
  public void add(W record) {
    W last = records.peekLast();
    if (last != null && record.firstTime() < last.lastTime()) {
      throw new IllegalArgumentException("writes are applied in order: a write at "
          + record.firstTime() + " cannot follow one at " + last.lastTime());
    }
    records.addLast(record);
    peak = Math.max(peak, records.size());
  }

  /** The newest record, or {@code null} when the window is empty. */
  public W last() {
    return records.peekLast();
  }

  /**
   * Drops the records that every node has applied by {@code now}.
   *
   * @return the newest record dropped, or {@code null} when none was: what every node has now
   */
  public W forgetApplied(long now) {
    W dropped = null;
    while (!records.isEmpty() && nodes.caughtUpAt(records.peekFirst().lastTime()) <= now) {
      dropped = records.removeFirst();
    }
    return dropped;
  }

  /**
   * The newest record whose every write node {@code node} has applied by {@code now}, or
   * {@code null} when there is none here. A node applies the writes in order, so this is its
   * watermark.
   */
  public W newestApplied(int node, long now) {
    W newest = null;
    for (W record : records) {
      if (!nodes.applied(node, record.lastTime(), now)) {
        break;
      }
      newest = record;
    }
    return newest;
  }

  /** Whether every node has applied every write by {@code now}. */
  public boolean caughtUp(long now) {
    W last = records.peekLast();
    return last == null || nodes.caughtUpAt(last.lastTime()) <= now;
  }

  /** When the slowest node will have applied every write made so far; 0 when there is none. */
  public long caughtUpAt() {
    W last = records.peekLast();
    return last == null ? 0 : nodes.caughtUpAt(last.lastTime());
  }

  /** The records held now. */
  public int size() {
    return records.size();
  }

  /** The most records held at one time. */
  public int peak() {
    return peak;
  }

  /** Oldest first. */
  @Override
  public Iterator<W> iterator() {
    return records.iterator();
  }
}
