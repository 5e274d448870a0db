package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.bglab.simulator.input.InputError;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

  @Test
  void readsDurationsInEveryUnit() {
    assertEquals(Duration.ofMillis(1), Quantities.duration("1ms"));
    assertEquals(Duration.ofNanos(1_000), Quantities.duration("1us"));
    assertEquals(Duration.ofNanos(250_000), Quantities.duration("250 µs"));
    assertEquals(Duration.ofMillis(1_500), Quantities.duration("1.5s"));
    assertEquals(Duration.ofSeconds(2), Quantities.duration("2"));
    assertEquals(Duration.ofMinutes(2), Quantities.duration("2min"));
    assertEquals(Duration.ofMinutes(2), Quantities.duration("2m"));
    assertEquals(Duration.ofHours(1), Quantities.duration("1h"));
    assertEquals(Duration.ofNanos(3), Quantities.duration("3ns"));
    assertEquals(Duration.ofMillis(1), Quantities.duration("1e-3s"));
    assertEquals(Duration.ZERO, Quantities.duration("0s"));
  }

  @Test
  void readsRatesCountsProbabilitiesAndShares() {
    assertEquals(5000.0, Quantities.rate("5e3"));
    assertEquals(1000.0, Quantities.rate("1_000"));
    assertEquals(10_000_000L, Quantities.count("1e7"));
    assertEquals(0.3, Quantities.probability("30%"));
    assertEquals(0.3, Quantities.probability("0.3"));
    assertEquals(1.0, Quantities.probability("1"));
    assertEquals(0.1, Quantities.share("10%"));
  }

  @Test
  void refusesWhatIsNegativeOrNotANumber() {
    for (String bad : List.of("-1ms", "1 parsec", "ms", "", "1e999h", "abc")) {
      assertThrows(InputError.class, () -> Quantities.duration(bad), bad);
    }
    for (String bad : List.of("-5", "x", "1e400", "")) {
      assertThrows(InputError.class, () -> Quantities.rate(bad), bad);
    }
    for (String bad : List.of("-1", "1.5", "1e30", "many")) {
      assertThrows(InputError.class, () -> Quantities.count(bad), bad);
    }
    for (String bad : List.of("1.01", "-0.1", "101%", "half")) {
      assertThrows(InputError.class, () -> Quantities.probability(bad), bad);
    }
    assertThrows(InputError.class, () -> Quantities.share("0%"));
  }

  @Test
  void formatsSimulatedTimeForPeopleAndMachines() {
    assertEquals("999.999 ms", Measures.duration(999_999_000L));
    assertEquals("1.001 s", Measures.duration(1_001_000_000L));
    assertEquals("100,100 s (27.8 h)", Measures.duration(100_100_000_000_000L));
    assertEquals("0.012001", Measures.seconds(12_001_000L));
    assertEquals("100100.000000", Measures.seconds(100_100_000_000_000L));
    assertEquals("0.011000", Measures.seconds(11_000_000L));
    assertEquals("0.000001", Measures.seconds(500));
    assertEquals("0.000000", Measures.seconds(499));
    assertEquals("9.98/s", Measures.rate(9.98));
    assertEquals("5,000/s", Measures.rate(5000));
    assertEquals("<0.1%", Measures.percent(0.00001, 1));
    assertEquals(">99.9%", Measures.percent(9997 / 10001.0, 1));
    assertEquals(">99.99%", Measures.percent(0.99999, 2));
    assertEquals("100%", Measures.percent(1, 1));
    assertEquals("99.9%", Measures.percent(0.999, 1));
  }
}
