package org.bglab.simulator.model;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.kernel.ProxyNodes;
import org.bglab.simulator.kernel.TimedWrite;
import org.bglab.simulator.kernel.WriteWindow;

/**
 * A routing state as the users see it when it is copied to proxy nodes: every write, route
 * entries, pointers and weights alike, reaches each node {@link ProxyNodes#lag(int) that node's
 * own lag} after it was made, in order. A user's requests go through node
 * {@link RoutingState#nodeOf(int, int)}.
 *
 * <p>How it stays small. The routing state itself is the control plane: it holds every write
 * already (one bit per user for a table, one value for a pointer or weight). What a lagging node
 * sees differs from it only in the writes that node has not applied yet, and a node applies
 * writes in order, so it is a watermark into the log of recent writes. Only the writes that some
 * node has not applied are kept, in a {@link WriteWindow}; each record remembers what the users it
 * covers had before, so a node's view of a user is the control plane's value undone by the first
 * write to that user the node has not applied. A run of adjacent users written to the same target
 * at evenly spaced times (a per-user or batched switch) is one record, whatever its length.
 *
 * <p>Memory: the state, one lag per node ({@link ProxyNodes#bytes()}), and
 * {@value #RECORD_BYTES} bytes per record of the window. The window holds the writes of the last
 * {@link ProxyNodes#maxLag()} of simulated time; when writes cost no time it can hold every write
 * of the switch, still merged into one record per run of adjacent users with one target (per
 * switch, one or two records for the bundled strategies, one per weight write for the
 * progressive ones). Reading a route and counting users cost time in the number of records and
 * nodes, never in the number of users.
 *
 * <p>Use: {@link #publish(long, StatusChanges)} after each update call, with the time the call
 * ends (the writes land in the control plane then), {@link #routeOf(int, long)} at any time, and
 * {@link #forgetApplied(long)} as the clock advances; after it, ask about no earlier time. Not
 * thread-safe.
 */
public final class ProxiedRoutes implements RouteWrites {

  /** The bytes accounted for one record of the window. */
  public static final long RECORD_BYTES = 48;

  /** Where the users behind one node go: all to blue, all to green, or some to each. */
  public enum NodeStatus {
    /** The node has no users. */
    NONE,
    /** Every user behind the node goes to blue. */
    BLUE,
    /** Every user behind the node goes to green. */
    GREEN,
    /** Some go to blue, some to green. */
    MIXED;

    /** Whether some user behind the node goes to green. */
    public boolean someGreen() {
      return this == GREEN || this == MIXED;
    }

    /** Whether some user behind the node goes to blue. */
    public boolean someBlue() {
      return this == BLUE || this == MIXED;
    }
  }

  /** Told when the users behind a node change between all blue, all green and mixed. */
  @FunctionalInterface
  public interface StatusChanges {
    /**
     * The node {@code node} applies, at {@code at}, writes after which its users' routes are
     * {@code status}.
     */
    void changes(int node, long at, NodeStatus status);
  }

  private final RoutingState state;
  private final ProxyNodes nodes;
  private final WriteWindow<Record> window;
  private final List<Record> pending = new ArrayList<>();
  private final long[] controlGreen;
  private final byte[] status;
  private StatusChanges listener;
  private long publishing;

  /**
   * Reads {@code state} through {@code nodes}; from now on its writes propagate.
   *
   * @throws IllegalArgumentException when the state does not report its writes, or does not
   *     route everyone to blue yet
   */
  public ProxiedRoutes(RoutingState state, ProxyNodes nodes) {
    if (state.usersOn(Environment.GREEN) != 0) {
      throw new IllegalArgumentException("proxies start from a state that routes everyone to blue");
    }
    if (!state.reportWritesTo(this)) {
      throw new IllegalArgumentException(state.getClass().getSimpleName()
          + " does not report its writes, so it can only be read centrally");
    }
    this.state = state;
    this.nodes = nodes;
    this.window = new WriteWindow<>(nodes);
    int count = nodes.count();
    this.controlGreen = new long[count];
    this.status = new byte[count];
    for (int node = 0; node < count; node++) {
      status[node] = (byte) statusOf(node).ordinal();
    }
  }

  /**
   * Where the users behind {@code node} go in the control plane, which every node sees once it
   * has applied every write.
   */
  public NodeStatus statusOf(int node) {
    // ranks, like users, are 0..users-1: every mapping puts as many users behind a node
    long size = classCount(0, state.users(), node);
    long green = controlGreen[node];
    return size == 0 ? NodeStatus.NONE
        : green == 0 ? NodeStatus.BLUE : green == size ? NodeStatus.GREEN : NodeStatus.MIXED;
  }

  /** The nodes the writes propagate to. */
  public ProxyNodes nodes() {
    return nodes;
  }

  /** The routing state: the control plane, holding every write. */
  public RoutingState state() {
    return state;
  }

  @Override
  public void rangeWritten(int from, int to, Environment target, boolean changed) {
    if (from < to) {
      pending.add(new RangeRun(from, to, target, changed));
    }
  }

  @Override
  public void valueWritten(long before, long after) {
    pending.add(new ValueWrite(before, after));
  }

  /**
   * The writes made since the last call land in the control plane at {@code time}, and start
   * propagating; times never go back. Nodes whose users change between all blue, all green and
   * mixed are told to {@code changes}, with the time they apply the writes.
   */
  public void publish(long time, StatusChanges changes) {
    listener = changes;
    publishing = time;
    for (Record record : pending) {
      count(record);
      record.stamp(time);
      Record last = window.last();
      if (!(last instanceof RangeRun run && record instanceof RangeRun next && run.absorb(next))) {
        window.add(record);
      }
    }
    pending.clear();
    listener = null;
  }

  /** Updates the control plane's green users behind each node the record touches. */
  private void count(Record record) {
    int count = nodes.count();
    if (record instanceof RangeRun run) {
      if (!run.changed) {
        return;
      }
      int sign = run.toGreen ? 1 : -1;
      if (run.to - run.from < count) {
        for (int user = run.from; user < run.to; user++) {
          touch(user % count, sign);
        }
      } else {
        for (int node = 0; node < count; node++) {
          touch(node, sign * classCount(run.from, run.to, node));
        }
      }
    } else {
      ValueWrite write = (ValueWrite) record;
      ValueRouting value = (ValueRouting) state;
      for (int node = 0; node < count; node++) {
        touch(node, value.greenBehind(node, count, write.after) - controlGreen[node]);
      }
    }
  }

  /** Counts the change; a node whose users change uniformity is told (twice is harmless). */
  private void touch(int node, long greenGained) {
    controlGreen[node] += greenGained;
    NodeStatus now = statusOf(node);
    if (now.ordinal() != status[node]) {
      status[node] = (byte) now.ordinal();
      listener.changes(node, publishing + nodes.lag(node), now);
    }
  }

  /** Users {@code u} in {@code from..to-1} with {@code u % nodes == node}. */
  private long classCount(long from, long to, int node) {
    return upTo(to, node) - upTo(from, node);
  }

  private long upTo(long end, int node) {
    return end <= node ? 0 : (end - 1 - node) / nodes.count() + 1;
  }

  /** Where {@code user}'s requests go at {@code now}, as the user's node sees it. */
  public Environment routeOf(int user, long now) {
    long seen = now - nodes.lag(state.nodeOf(user, nodes.count()));
    for (Record record : window) {
      if (record.writtenAt(user) > seen) {
        return record.before(user, state);
      }
    }
    return state.routeOf(user);
  }

  /**
   * How many users' requests go to {@code environment} at {@code now}, as their nodes see it.
   * Takes time in records times nodes: for a moment, not for every event.
   */
  public long usersOn(Environment environment, long now) {
    long green = state.usersOn(Environment.GREEN);
    int count = nodes.count();
    for (Record record : window) {
      for (int node = 0; node < count; node++) {
        green -= record.greenGainedAfter(now - nodes.lag(node), node, this);
      }
    }
    return environment == Environment.GREEN ? green : state.users() - green;
  }

  /** Whether every node has applied every write published, by {@code now}. */
  public boolean caughtUp(long now) {
    return window.caughtUp(now);
  }

  /** When the slowest node will have applied every write published so far. */
  public long caughtUpAt() {
    return window.caughtUpAt();
  }

  /** Drops the records every node has applied by {@code now}; times asked about never go back. */
  public void forgetApplied(long now) {
    window.forgetApplied(now);
  }

  /**
   * The memory of the routing state: the state, one lag per node and the records held now. The
   * per-node tallies kept only to measure the mixed-version window (a count and a status byte
   * per node) are instruments, like the operation counter, and not counted.
   */
  public long bytes() {
    return state.bytes() + nodes.bytes() + window.size() * RECORD_BYTES;
  }

  /** The most bytes the window of unapplied writes held at one time. */
  public long peakWindowBytes() {
    return window.peak() * RECORD_BYTES;
  }

  /** One record of the window. */
  private abstract static class Record implements TimedWrite {
    long time;

    void stamp(long at) {
      time = at;
    }

    /** When the write covering {@code user} was made; {@link Long#MIN_VALUE} if none does. */
    abstract long writtenAt(int user);

    /** Where {@code user} went before this record's write to it. */
    abstract Environment before(int user, RoutingState state);

    /** Users behind {@code node} this record moved to green minus those it moved to blue, counting writes made after {@code seen}. */
    abstract long greenGainedAfter(long seen, int node, ProxiedRoutes routes);
  }

  /**
   * Writes of adjacent users to one target, every one changing route or none: write {@code j}
   * covers users {@code from + j * perWrite} onwards, made at {@code time + j * step}. Only the
   * last write may be shorter; it closes the run.
   */
  private static final class RangeRun extends Record {
    final int from;
    int to;
    final int perWrite;
    final boolean toGreen;
    final boolean changed;
    long step;
    int writes = 1;
    boolean closed;

    RangeRun(int from, int to, Environment target, boolean changed) {
      this.from = from;
      this.to = to;
      this.perWrite = to - from;
      this.toGreen = target == Environment.GREEN;
      this.changed = changed;
    }

    /** Takes {@code next} in as this run's next write if it continues the pattern. */
    boolean absorb(RangeRun next) {
      int size = next.to - next.from;
      boolean continues = !closed && next.from == to && next.toGreen == toGreen
          && next.changed == changed && size <= perWrite
          && (writes == 1 ? next.time >= time : next.time == time + writes * step);
      if (!continues) {
        return false;
      }
      if (writes == 1) {
        step = next.time - time;
      }
      writes++;
      to = next.to;
      closed = size < perWrite;
      return true;
    }

    @Override
    public long firstTime() {
      return time;
    }

    @Override
    public long lastTime() {
      return time + (writes - 1) * step;
    }

    @Override
    long writtenAt(int user) {
      return user >= from && user < to ? time + (long) ((user - from) / perWrite) * step
          : Long.MIN_VALUE;
    }

    @Override
    Environment before(int user, RoutingState state) {
      return toGreen == changed ? Environment.BLUE : Environment.GREEN;
    }

    @Override
    long greenGainedAfter(long seen, int node, ProxiedRoutes routes) {
      if (!changed) {
        return 0;
      }
      long applied = seen < time ? 0 : step == 0 ? writes : Math.min(writes, (seen - time) / step + 1);
      long start = Math.min(to, from + applied * perWrite);
      long moved = routes.classCount(start, to, node);
      return toGreen ? moved : -moved;
    }
  }

  /** One write of the value every route follows. */
  private static final class ValueWrite extends Record {
    final long before;
    final long after;

    ValueWrite(long before, long after) {
      this.before = before;
      this.after = after;
    }

    @Override
    public long firstTime() {
      return time;
    }

    @Override
    public long lastTime() {
      return time;
    }

    @Override
    long writtenAt(int user) {
      return time;
    }

    @Override
    Environment before(int user, RoutingState state) {
      return ((ValueRouting) state).routeUnder(before, user);
    }

    @Override
    long greenGainedAfter(long seen, int node, ProxiedRoutes routes) {
      if (time <= seen) {
        return 0;
      }
      ValueRouting value = (ValueRouting) routes.state;
      int count = routes.nodes.count();
      return value.greenBehind(node, count, after) - value.greenBehind(node, count, before);
    }
  }
}
