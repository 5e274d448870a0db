package org.bglab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Simulated durations, rates and shares as people and machines read them (moved from QuantitiesTest). */
class MeasuresTest {

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
