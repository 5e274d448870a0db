package org.bglab.simulator.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void readsEveryUnitOfBothWorlds() {
    assertEquals(3, Durations.parse("3ns").toNanos());
    assertEquals(100_000, Durations.parse("100us").toNanos());
    assertEquals(250_000, Durations.parse("250 µs").toNanos());
    assertEquals(500_000_000, Durations.parse("500ms").toNanos());
    assertEquals(1_500_000_000, Durations.parse("1.5s").toNanos());
    assertEquals(1_000_000, Durations.parse("1e-3s").toNanos());
    assertEquals(120_000_000_000L, Durations.parse("2m").toNanos());
    assertEquals(120_000_000_000L, Durations.parse("2MIN").toNanos());
    assertEquals(3_600_000_000_000L, Durations.parse("1_0h").toNanos() / 10);
    assertEquals(1, Durations.parse("0.5ns").toNanos(), "rounded half up");
  }

  @Test
  void aBareNumberIsSecondsOnlyWhereAsked() {
    assertEquals(2_000_000_000L, Durations.parseOrSeconds("2").toNanos());
    IllegalArgumentException bare = assertThrows(IllegalArgumentException.class, () -> Durations.parse("30"));
    assertEquals("'30' is not a duration of 0 or more, written like 1ms, 250us, 1.5s or 2min"
        + " (units: ns, us, ms, s, m or min, h)", bare.getMessage());
  }

  @Test
  void rejectsWhatIsNotADuration() {
    for (String bad : new String[] {"30d", "s", "-3s", "", "1..2s", "abc", "1s2"}) {
      assertThrows(IllegalArgumentException.class, () -> Durations.parse(bad), bad);
    }
    assertEquals("'3000000h' is longer than the simulated clock can count (about 292 years)",
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("3000000h")).getMessage());
    assertEquals("a duration cannot be negative, got -1ns",
        assertThrows(IllegalArgumentException.class, () -> Durations.text(Duration.ofNanos(-1))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Durations.seconds(Duration.ofNanos(-1)));
  }

  @Test
  void readsWhatPeopleWriteNotIso8601() {
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("PT30S"));
    assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
  }

  @Test
  void writesDurationsReadablyInTheLargestUnitReached() {
    assertEquals("0s", Durations.text(Duration.ZERO));
    assertEquals("250us", Durations.text(Duration.ofNanos(250_000)));
    assertEquals("0.5us", Durations.text(Duration.ofNanos(500)));
    assertEquals("1.5ms", Durations.text(Duration.ofNanos(1_500_000)));
    assertEquals("12.25s", Durations.text(Duration.ofNanos(12_250_000_000L)));
    assertEquals(1.5, Durations.seconds(Duration.ofNanos(1_500_000_000L)));
    for (long nanos : new long[] {0, 1, 999, 1_000, 999_999, 1_000_000, 5_341_633_000L, 3_600 * Durations.SECOND}) {
      assertEquals(nanos, Durations.parse(Durations.text(Duration.ofNanos(nanos))).toNanos(), "read back");
    }
  }
}
