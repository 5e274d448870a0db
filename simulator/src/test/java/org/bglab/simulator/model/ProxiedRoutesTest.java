package org.bglab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bglab.simulator.kernel.ProxyNodes;
import org.junit.jupiter.api.Test;

/**
 * Routing states read through proxy nodes: every write, of every kind, reaches each node after
 * its lag, in order. The watermark-and-window answers are checked against a brute-force
 * reference that keeps a full copy of every user's route after every call.
 */
class ProxiedRoutesTest {

  @Test
  void aPointerWriteReachesEachNodeAfterItsOwnLag() {
    ServicePointer pointer = new ServicePointer(10);
    ProxiedRoutes routes = new ProxiedRoutes(pointer, ProxyNodes.of(0, 5, 9));
    pointer.pointTo(Environment.GREEN);
    List<String> changes = new ArrayList<>();
    routes.publish(100, (node, at, status) -> changes.add(node + "@" + at + " " + status));
    assertEquals(List.of("0@100 GREEN", "1@105 GREEN", "2@109 GREEN"), changes);
    assertEquals(Environment.BLUE, routes.routeOf(0, 99), "not before the call ends");
    assertEquals(Environment.GREEN, routes.routeOf(0, 100), "node 0 has no lag");
    assertEquals(Environment.BLUE, routes.routeOf(1, 104), "user 1 goes through node 1");
    assertEquals(Environment.GREEN, routes.routeOf(1, 105));
    assertEquals(4, routes.usersOn(Environment.GREEN, 100), "users 0, 3, 6, 9");
    assertFalse(routes.caughtUp(108));
    assertTrue(routes.caughtUp(109));
    assertEquals(109, routes.caughtUpAt());
    assertEquals(10, routes.usersOn(Environment.GREEN, 109));
  }

  @Test
  void routeEntriesPropagateLikeAPointer() {
    UserRouteTable table = new UserRouteTable(6);
    ProxiedRoutes routes = new ProxiedRoutes(table, ProxyNodes.of(0, 50));
    table.assignRange(0, 6, Environment.GREEN);
    routes.publish(10, (node, at, status) -> { });
    assertEquals(Environment.GREEN, routes.routeOf(2, 10));
    assertEquals(Environment.BLUE, routes.routeOf(3, 59), "odd users wait for node 1");
    assertEquals(3, routes.usersOn(Environment.GREEN, 59));
    assertEquals(Environment.GREEN, routes.routeOf(3, 60));
    assertEquals(6, table.usersOn(Environment.GREEN), "the control plane has every write");
  }

  @Test
  void aLongSwitchIsOneRecordWhateverItsLength() {
    UserRouteTable table = new UserRouteTable(100_000);
    ProxiedRoutes routes = new ProxiedRoutes(table, ProxyNodes.of(0, 700, 1_000_000));
    for (int user = 0; user < 100_000; user++) {
      table.assign(user, Environment.GREEN);
      routes.publish(1_001L * (user + 1), (node, at, status) -> { });
    }
    assertEquals(ProxiedRoutes.RECORD_BYTES, routes.peakWindowBytes());
    // with writes that take no time at all, every write is in the window: still one record
    UserRouteTable instant = new UserRouteTable(100_000);
    ProxiedRoutes atOnce = new ProxiedRoutes(instant, ProxyNodes.of(0, 1_000_000));
    for (int from = 0; from < 100_000; from += 100) {
      instant.assignRange(from, from + 100, Environment.GREEN);
      atOnce.publish(0, (node, at, status) -> { });
    }
    assertEquals(ProxiedRoutes.RECORD_BYTES, atOnce.peakWindowBytes());
    assertEquals(50_000, atOnce.usersOn(Environment.GREEN, 999_999));
  }

  /** Every state, random writes at random times, random lags: the same answers as a full copy. */
  @Test
  void nodesSeeExactlyTheWritesTheirLagHasLetThrough() {
    qt().withExamples(150)
        .forAll(integers().between(1, 300), lists().of(integers().between(0, 40)).ofSizeBetween(1, 6),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 25),
            integers().between(0, 2))
        .checkAssert((users, lags, script, kind) -> {
          long[] lagArray = lags.stream().mapToLong(Integer::longValue).toArray();
          ProxyNodes nodes = ProxyNodes.of(lagArray);
          RoutingState state = kind == 0 ? new UserRouteTable(users)
              : kind == 1 ? new ServicePointer(users) : new TrafficSplit(users);
          ProxiedRoutes routes = new ProxiedRoutes(state, nodes);
          List<Environment[]> copies = new ArrayList<>();
          List<Long> times = new ArrayList<>();
          Map<String, ProxiedRoutes.NodeStatus> reported = new HashMap<>();
          long time = 0;
          for (int code : script) {
            write(state, code);
            time += code % 4 == 0 ? 0 : code % 7;
            long at = time;
            routes.publish(at, (node, when, status) -> reported.put(node + "@" + when, status));
            copies.add(copy(state));
            times.add(at);
          }
          String what = state + " " + nodes + " " + script;
          for (long now = 0; now <= time + 41; now++) {
            routes.forgetApplied(now);
            long green = 0;
            for (int user = 0; user < users; user++) {
              int node = state.nodeOf(user, nodes.count());
              Environment expected = Environment.BLUE;
              for (int call = 0; call < copies.size(); call++) {
                if (times.get(call) <= now - nodes.lag(node)) {
                  expected = copies.get(call)[user];
                }
              }
              green += expected == Environment.GREEN ? 1 : 0;
              assertEquals(expected, routes.routeOf(user, now), "user " + user + " at " + now + ": " + what);
            }
            assertEquals(green, routes.usersOn(Environment.GREEN, now), "at " + now + ": " + what);
          }
          // a node's users change between all blue, all green and mixed only when it is told
          for (int node = 0; node < nodes.count(); node++) {
            ProxiedRoutes.NodeStatus before = uniformity(null, state, node, nodes.count());
            for (int call = 0; call < copies.size(); call++) {
              if (call + 1 < copies.size() && times.get(call + 1).equals(times.get(call))) {
                continue; // calls published at one time are applied together
              }
              ProxiedRoutes.NodeStatus after =
                  uniformity(copies.get(call), state, node, nodes.count());
              if (after != before) {
                String key = node + "@" + (times.get(call) + nodes.lag(node));
                assertEquals(after, reported.get(key), key + ": " + what);
              }
              before = after;
            }
            assertEquals(before, routes.statusOf(node), what);
          }
        });
  }

  private static void write(RoutingState state, int code) {
    Environment target = code % 3 == 0 ? Environment.BLUE : Environment.GREEN;
    int users = state.users();
    if (state instanceof UserRouteTable table) {
      int from = (code / 3) % users;
      if (code % 5 == 0) {
        table.assign(from, target);
      } else {
        table.assignRange(from, Math.min(users, from + (code / 11) % 150), target);
      }
    } else if (state instanceof ServicePointer pointer) {
      pointer.pointTo(target);
    } else {
      ((TrafficSplit) state).shiftTo(code % (TrafficSplit.PARTS + 1));
    }
  }

  private static Environment[] copy(RoutingState state) {
    Environment[] routes = new Environment[state.users()];
    for (int user = 0; user < routes.length; user++) {
      routes[user] = state.routeOf(user);
    }
    return routes;
  }

  private static ProxiedRoutes.NodeStatus uniformity(
      Environment[] routes, RoutingState state, int node, int nodes) {
    Set<Environment> seen = new HashSet<>();
    for (int user = 0; user < state.users(); user++) {
      if (state.nodeOf(user, nodes) == node) {
        seen.add(routes == null ? Environment.BLUE : routes[user]);
      }
    }
    return seen.isEmpty() ? ProxiedRoutes.NodeStatus.NONE
        : seen.size() == 2 ? ProxiedRoutes.NodeStatus.MIXED
        : seen.contains(Environment.GREEN) ? ProxiedRoutes.NodeStatus.GREEN
        : ProxiedRoutes.NodeStatus.BLUE;
  }

  @Test
  void everyUserHasItsOwnRank() {
    qt().withExamples(100).forAll(integers().between(1, 3_000)).checkAssert(users -> {
      TrafficSplit split = new TrafficSplit(users);
      BitSet seen = new BitSet(users);
      for (int user = 0; user < users; user++) {
        long rank = split.rankOf(user);
        assertTrue(rank >= 0 && rank < users);
        assertFalse(seen.get((int) rank), "rank " + rank + " twice at n=" + users);
        seen.set((int) rank);
      }
    });
  }

  @Test
  void aShareSendsThatShareOfUsersToGreen() {
    TrafficSplit split = new TrafficSplit(1_000);
    split.shiftTo(TrafficSplit.PARTS / 10);
    assertEquals(100, split.usersOn(Environment.GREEN));
    assertEquals(100, countByReading(split));
    split.shiftTo(TrafficSplit.PARTS);
    assertEquals(1_000, countByReading(split));
    assertThrows(IllegalArgumentException.class, () -> split.shiftTo(TrafficSplit.PARTS + 1));
    assertEquals(ValueRouting.VALUE_BYTES, split.bytes());
  }

  @Test
  void theRouteTableKeepsItsGreenCountAsItWrites() {
    qt().withExamples(100)
        .forAll(integers().between(1, 500),
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 40))
        .checkAssert((users, script) -> {
          UserRouteTable table = new UserRouteTable(users);
          for (int code : script) {
            Environment target = code % 2 == 0 ? Environment.GREEN : Environment.BLUE;
            int from = (code / 2) % users;
            if (code % 3 == 0) {
              table.assign(from, target);
            } else {
              table.assignRange(from, Math.min(users, from + code % 97), target);
            }
            assertEquals(countByReading(table), table.usersOn(Environment.GREEN));
          }
        });
  }

  private static long countByReading(RoutingState state) {
    long green = 0;
    for (int user = 0; user < state.users(); user++) {
      green += state.routeOf(user) == Environment.GREEN ? 1 : 0;
    }
    return green;
  }

  @Test
  void refusesWhatItCannotPropagate() {
    for (Runnable bad : List.<Runnable>of(() -> new TrafficSplit(0),
        () -> new ServicePointer(0), () -> ProxyNodes.of(), () -> ProxyNodes.of(-1))) {
      assertThrows(IllegalArgumentException.class, bad::run);
    }
    UserRouteTable started = new UserRouteTable(3);
    started.assign(1, Environment.GREEN);
    assertThrows(IllegalArgumentException.class,
        () -> new ProxiedRoutes(started, ProxyNodes.of(0)));
    RoutingState silent = new RoutingState() {
      @Override public int users() { return 1; }
      @Override public Environment routeOf(int user) { return Environment.BLUE; }
      @Override public long usersOn(Environment environment) {
        return environment == Environment.BLUE ? 1 : 0;
      }
      @Override public long bytes() { return 0; }
    };
    assertThrows(IllegalArgumentException.class, () -> new ProxiedRoutes(silent, ProxyNodes.of(0)));
  }
}
