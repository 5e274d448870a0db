package org.bglab.cli.input;

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
}
