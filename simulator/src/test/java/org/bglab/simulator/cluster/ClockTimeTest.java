package org.bglab.simulator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClockTimeTest {

  @Test
  void readsDurationsWithUnits() {
    assertEquals(30_000_000_000L, ClockTime.parse("30s"));
    assertEquals(1_500_000_000L, ClockTime.parse("1.5s"));
    assertEquals(500_000_000L, ClockTime.parse("500ms"));
    assertEquals(100_000, ClockTime.parse("100us"));
    assertEquals(120_000_000_000L, ClockTime.parse("2m"));
  }

  @Test
  void rejectsMissingOrUnknownUnits() {
    assertThrows(IllegalArgumentException.class, () -> ClockTime.parse("30"));
    assertThrows(IllegalArgumentException.class, () -> ClockTime.parse("30d"));
    assertThrows(IllegalArgumentException.class, () -> ClockTime.parse("s"));
    assertThrows(IllegalArgumentException.class, () -> ClockTime.parse("-3s"));
  }

  @Test
  void formatsReadably() {
    assertEquals("0s", ClockTime.format(0));
    assertEquals("250us", ClockTime.format(250_000));
    assertEquals("0.5us", ClockTime.format(500));
    assertEquals("1.5ms", ClockTime.format(1_500_000));
    assertEquals("12.25s", ClockTime.format(12_250_000_000L));
  }
}
