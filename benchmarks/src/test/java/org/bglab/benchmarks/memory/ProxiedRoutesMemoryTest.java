package org.bglab.benchmarks.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.bglab.simulator.kernel.ProxyNodes;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.ProxiedRoutes;
import org.bglab.simulator.model.UserRouteTable;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.ClassLayout;

/**
 * Memory per user under both routing models, measured by JOL: a central router holds the
 * one-bit-per-user table alone; proxies add the nodes and a window of writes in flight, the same
 * number of bytes whatever the number of users.
 */
class ProxiedRoutesMemoryTest {

  private static final long SECOND = 1_000_000_000L;

  /** The bytes proxies add to a table of {@code users} users in the middle of a switch. */
  private static long[] measure(int users, int batch) {
    UserRouteTable table = new UserRouteTable(users);
    long central = MemoryProbe.graphBytes(table);
    ProxiedRoutes routes = new ProxiedRoutes(table,
        ProxyNodes.spread(10, SECOND, new SplittableRandom(42)));
    long time = 0;
    // a switch under way for 1.5 s at 1 ms per call: a second of writes is still in flight
    for (int from = 0; from < 1_500 * batch; from += batch) {
      time += 1_000_000L + batch * 1_000L;
      table.assignRange(from, from + batch, Environment.GREEN);
      routes.publish(time, (node, at, status) -> { });
    }
    routes.forgetApplied(time);
    return new long[] {central, MemoryProbe.graphBytes(routes), routes.bytes()};
  }

  @Test
  void aRecordOfTheWindowTakesWhatTheModelAccountsForIt() throws ClassNotFoundException {
    for (String record : new String[] {"RangeRun", "ValueWrite"}) {
      long size = ClassLayout.parseClass(
          Class.forName(ProxiedRoutes.class.getName() + "$" + record)).instanceSize();
      assertTrue(size <= ProxiedRoutes.RECORD_BYTES, record + ": " + size + " bytes");
    }
  }

  @Test
  void proxiesAddTheSameFewBytesWhateverTheNumberOfUsers() {
    for (int batch : new int[] {1, 100}) {
      long[] small = measure(640_000, batch);
      long[] large = measure(64_000_000, batch);
      // central: one bit per user (8 MB for 64 million users) and the table's headers
      assertTrue(large[0] - 64_000_000 / 8 < 100, "central " + large[0]);
      long added = small[1] - small[0];
      assertEquals(added, large[1] - large[0], "what proxies add does not grow with n");
      // the window is one record per run of adjacent users, plus the nodes' arrays
      assertTrue(added < 1_000, "proxies add " + added + " bytes at b=" + batch);
      assertTrue(small[2] - small[0] <= 10 * 8 + ProxiedRoutes.RECORD_BYTES,
          "accounted " + small[2]);
      System.out.printf("b=%d: central %d B, proxies %d B (JOL, n=%,d); central %d B,"
          + " proxies %d B (n=%,d); accounted %d B%n", batch, small[0], small[1], 640_000,
          large[0], large[1], 64_000_000, large[2]);
    }
  }
}
