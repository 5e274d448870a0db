package org.bglab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pointer and the traffic split, read through proxy nodes. */
class ProxiedRoutesTest {

  @Test
  void aPointerWriteReachesUsersOnlyThroughTheNodesThatSynced() {
    ServicePointer pointer = new ServicePointer(10, 3);
    assertEquals(1, pointer.pointTo(Environment.GREEN));
    assertEquals(Environment.GREEN, pointer.target());
    assertEquals(0, pointer.usersOn(Environment.GREEN), "no node has synced yet");
    assertFalse(pointer.inSync());
    assertTrue(pointer.syncNode(1));
    assertFalse(pointer.syncNode(1), "a second sync changes nothing");
    for (int user = 0; user < 10; user++) {
      assertEquals(user % 3 == 1 ? Environment.GREEN : Environment.BLUE, pointer.routeOf(user));
    }
    assertEquals(3, pointer.usersOn(Environment.GREEN));
    pointer.syncAll();
    assertTrue(pointer.inSync());
    assertEquals(10, pointer.usersOn(Environment.GREEN));
    assertEquals(ServicePointer.bytesFor(3), pointer.bytes());
    assertEquals(new ServicePointer(1_000_000_000, 3).bytes(), pointer.bytes());
  }

  @Test
  void everyUserHasItsOwnRank() {
    qt().withExamples(100).forAll(integers().between(1, 3_000)).checkAssert(users -> {
      TrafficSplit split = new TrafficSplit(users, 7);
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
  void aShareSendsThatShareOfUsersToGreenOnceSynced() {
    TrafficSplit split = new TrafficSplit(1_000, 4);
    split.shiftTo(TrafficSplit.PARTS / 10);
    split.syncAll();
    assertEquals(100, split.usersOn(Environment.GREEN));
    assertEquals(100, countByReading(split));
    split.shiftTo(TrafficSplit.PARTS);
    split.syncAll();
    assertEquals(1_000, countByReading(split));
    assertThrows(IllegalArgumentException.class, () -> split.shiftTo(TrafficSplit.PARTS + 1));
    assertEquals(TrafficSplit.bytesFor(4), split.bytes());
  }

  /** Random writes and syncs: both states' green counts agree with reading every route. */
  @Test
  void greenCountsAgreeWithTheRoutesUsersSee() {
    qt().withExamples(100)
        .forAll(integers().between(1, 2_000), integers().between(1, 12),
            lists().of(integers().between(0, 2 * TrafficSplit.PARTS)).ofSizeBetween(0, 30))
        .checkAssert((users, nodes, script) -> {
          TrafficSplit split = new TrafficSplit(users, nodes);
          ServicePointer pointer = new ServicePointer(users, nodes);
          for (int code : script) {
            if (code <= TrafficSplit.PARTS) {
              split.shiftTo(code);
              pointer.pointTo(code % 2 == 0 ? Environment.GREEN : Environment.BLUE);
            } else {
              split.syncNode(code % nodes);
              pointer.syncNode(code % nodes);
            }
            assertEquals(countByReading(split), split.usersOn(Environment.GREEN));
            assertEquals(countByReading(pointer), pointer.usersOn(Environment.GREEN));
          }
        });
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
  void refusesEmptyWorlds() {
    for (Runnable bad : List.<Runnable>of(() -> new TrafficSplit(0, 1),
        () -> new TrafficSplit(1, 0), () -> new ServicePointer(1, 0))) {
      assertThrows(IllegalArgumentException.class, bad::run);
    }
  }
}
