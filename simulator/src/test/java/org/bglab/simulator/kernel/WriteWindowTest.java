package org.bglab.simulator.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WriteWindowTest {

  private record Write(long firstTime, long lastTime) implements TimedWrite {}

  @Test
  void aNodeIsAWatermarkIntoTheWrites() {
    WriteWindow<Write> window = new WriteWindow<>(ProxyNodes.of(0, 100, 300));
    Write first = new Write(1_000, 1_000);
    Write second = new Write(1_050, 1_050);
    window.add(first);
    window.add(second);
    assertNull(window.newestApplied(0, 999));
    assertSame(second, window.newestApplied(0, 1_050));
    assertSame(first, window.newestApplied(1, 1_100), "node 1 has the first write only");
    assertSame(second, window.newestApplied(1, 1_150));
    assertNull(window.newestApplied(2, 1_299));
    assertEquals(1_350, window.caughtUpAt());
  }

  @Test
  void forgettingReturnsWhatEveryNodeNowHas() {
    WriteWindow<Write> window = new WriteWindow<>(ProxyNodes.of(0, 300));
    Write first = new Write(1_000, 1_000);
    Write second = new Write(1_200, 1_200);
    window.add(first);
    window.add(second);
    assertNull(window.forgetApplied(1_299));
    assertSame(first, window.forgetApplied(1_300));
    assertEquals(1, window.size());
    assertSame(second, window.forgetApplied(10_000));
    assertEquals(0, window.size());
    assertEquals(2, window.peak());
  }

  @Test
  void writesAreAppliedInOrder() {
    WriteWindow<Write> window = new WriteWindow<>(ProxyNodes.of(0));
    window.add(new Write(1_000, 1_200));
    assertThrows(IllegalArgumentException.class, () -> window.add(new Write(1_100, 1_100)));
  }
}
