package org.bglab.simulator.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DurationTest {

  @Test
  void readsEveryUnitOfBothWorlds() {
    assertEquals(3, Duration.parse("3ns").nanos());
    assertEquals(100_000, Duration.parse("100us").nanos());
    assertEquals(250_000, Duration.parse("250 µs").nanos());
    assertEquals(500_000_000, Duration.parse("500ms").nanos());
    assertEquals(1_500_000_000, Duration.parse("1.5s").nanos());
    assertEquals(1_000_000, Duration.parse("1e-3s").nanos());
    assertEquals(120_000_000_000L, Duration.parse("2m").nanos());
    assertEquals(120_000_000_000L, Duration.parse("2MIN").nanos());
    assertEquals(3_600_000_000_000L, Duration.parse("1_0h").nanos() / 10);
    assertEquals(1, Duration.parse("0.5ns").nanos(), "rounded half up");
  }

  @Test
  void aBareNumberIsSecondsOnlyWhereAsked() {
    assertEquals(2_000_000_000L, Duration.parseOrSeconds("2").nanos());
    IllegalArgumentException bare = assertThrows(IllegalArgumentException.class, () -> Duration.parse("30"));
    assertEquals("'30' is not a duration of 0 or more, written like 1ms, 250us, 1.5s or 2min"
        + " (units: ns, us, ms, s, m or min, h)", bare.getMessage());
  }

  @Test
  void rejectsWhatIsNotADuration() {
    for (String bad : new String[] {"30d", "s", "-3s", "", "1..2s", "abc", "1s2"}) {
      assertThrows(IllegalArgumentException.class, () -> Duration.parse(bad), bad);
    }
    assertEquals("'3000000h' is longer than the simulated clock can count (about 292 years)",
        assertThrows(IllegalArgumentException.class, () -> Duration.parse("3000000h")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Duration(-1));
  }

  @Test
  void writesDurationsReadablyInTheLargestUnitReached() {
    assertEquals("0s", new Duration(0).text());
    assertEquals("250us", new Duration(250_000).text());
    assertEquals("0.5us", new Duration(500).text());
    assertEquals("1.5ms", new Duration(1_500_000).text());
    assertEquals("12.25s", new Duration(12_250_000_000L).text());
    assertEquals(1.5, new Duration(1_500_000_000L).seconds());
    for (long nanos : new long[] {0, 1, 999, 1_000, 999_999, 1_000_000, 5_341_633_000L, 3_600 * Duration.SECOND}) {
      assertEquals(nanos, Duration.parse(new Duration(nanos).text()).nanos(), "read back");
    }
  }
}
