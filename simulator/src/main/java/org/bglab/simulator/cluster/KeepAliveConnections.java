package org.bglab.simulator.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Long-lived client connections to a Service. A connection is bound to the pod the proxy chose
 * when it was opened, and every request sent on it goes to that pod, whatever the selector says
 * later, until the connection closes (its lifetime ends, or its pod is gone and the request on it
 * fails).
 */
final class KeepAliveConnections {

  private record Connection(String service, Pod pod, long closesAt) {}

  private final ClusterClock clock;
  private final Consumer<ClusterEvent> events;
  private final List<Connection> open = new ArrayList<>();

  KeepAliveConnections(ClusterClock clock, Consumer<ClusterEvent> events) {
    this.clock = clock;
    this.events = events;
  }

  /** Adds a connection to {@code pod}, closing after {@code lifetime} (or never, if negative). */
  void open(String service, Pod pod, long lifetime) {
    open.add(new Connection(service, pod, lifetime < 0 ? Long.MAX_VALUE : clock.now() + lifetime));
  }

  /** Schedules the closing of the connections opened at this instant with {@code lifetime}. */
  void scheduleClosing(String service, int count, long lifetime) {
    if (lifetime < 0 || count == 0) {
      return;
    }
    clock.schedule(lifetime, new ClockEvent.ConnectionsExpire(service, clock.now() + lifetime));
  }

  /** Closes the connections to {@code service} whose lifetime ends at {@code closesAt}. */
  void expire(String service, long closesAt) {
    int closed = closeWhere(connection -> connection.service.equals(service) && connection.closesAt == closesAt);
    if (closed > 0) {
      events.accept(new ClusterEvent.ConnectionsClosed(clock.now(), service, closed));
    }
  }

  /** The pod of a random open connection to {@code service}, or {@code null} when none is open. */
  Pod pick(String service, SplittableRandom random) {
    List<Connection> candidates = open.stream().filter(connection -> connection.service.equals(service)).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    Connection chosen = candidates.get(random.nextInt(candidates.size()));
    if (chosen.pod.isDeleted()) {
      open.remove(chosen);
    }
    return chosen.pod;
  }

  /** The number of open connections to {@code service}, by the deployment of their pod. */
  Tally openTo(String service) {
    return Tally.byDeployment(open.stream().filter(c -> c.service.equals(service)).map(Connection::pod).toList());
  }

  /** Closes every connection to {@code service}; returns how many were open. */
  int closeAll(String service) {
    return closeWhere(connection -> connection.service.equals(service));
  }

  private int closeWhere(java.util.function.Predicate<Connection> which) {
    int before = open.size();
    open.removeIf(which);
    return before - open.size();
  }
}
