package org.bglab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class UserRouteTableTest {

  @Test
  void newTableRoutesEveryoneToBlue() {
    UserRouteTable table = new UserRouteTable(130);
    assertEquals(130, table.usersOn(Environment.BLUE));
    assertEquals(0, table.usersOn(Environment.GREEN));
    assertEquals(Environment.BLUE, table.routeOf(129));
  }

  @Test
  void storesOneBitPerUserRoundedUpToWholeWords() {
    assertEquals(8, new UserRouteTable(1).bytes());
    assertEquals(8, new UserRouteTable(64).bytes());
    assertEquals(16, new UserRouteTable(65).bytes());
    assertEquals(125_000_000L, UserRouteTable.bytesFor(1_000_000_000L));
  }

  @Test
  void assignWritesOneEntryAndOnlyThatEntry() {
    UserRouteTable table = new UserRouteTable(100);
    assertEquals(1, table.assign(63, Environment.GREEN));
    assertEquals(Environment.GREEN, table.routeOf(63));
    assertEquals(Environment.BLUE, table.routeOf(62));
    assertEquals(Environment.BLUE, table.routeOf(64));
    table.assign(63, Environment.BLUE);
    assertEquals(0, table.usersOn(Environment.GREEN));
  }

  @Test
  void rejectsUsersOutsideTheTable() {
    UserRouteTable table = new UserRouteTable(10);
    assertThrows(IndexOutOfBoundsException.class, () -> table.routeOf(10));
    assertThrows(IndexOutOfBoundsException.class, () -> table.assign(-1, Environment.GREEN));
    assertThrows(IndexOutOfBoundsException.class, () -> table.assignRange(5, 11, Environment.GREEN));
    assertThrows(IllegalArgumentException.class, () -> new UserRouteTable(0));
  }

  @Test
  void rangeWriteMatchesEntryByEntryWrites() {
    qt().withExamples(300)
        .forAll(integers().between(1, 300), integers().between(0, 10_000),
            integers().between(0, 10_000))
        .checkAssert((users, rawFrom, rawLength) -> {
          int from = rawFrom % users;
          int length = rawLength % (users - from + 1);
          UserRouteTable ranged = new UserRouteTable(users);
          UserRouteTable single = new UserRouteTable(users);
          long written = ranged.assignRange(from, from + length, Environment.GREEN);
          for (int user = from; user < from + length; user++) {
            single.assign(user, Environment.GREEN);
          }
          assertEquals((long) length, written, "entries reported written");
          for (int user = 0; user < users; user++) {
            assertEquals(single.routeOf(user), ranged.routeOf(user), "user " + user);
          }
        });
  }
}
