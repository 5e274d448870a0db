package org.bglab.benchmarks.hold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * The event lists must do the same work: with the same delays, each must let events occur in the
 * same time order as a plain linear-scan reference, so their clocks agree exactly.
 */
class HoldModelTest {

  /** The hold model on an array scanned for its minimum: slow, obviously right. */
  private static final class LinearScanHold {
    private final double[] times;
    private final long[] order;
    private final HoldDelays delays;
    private long scheduled;

    LinearScanHold(int pending, HoldDelays delays) {
      this.times = new double[pending];
      this.order = new long[pending];
      this.delays = delays;
      for (int i = 0; i < pending; i++) {
        times[i] = delays.next();
        order[i] = scheduled++;
      }
    }

    double run(int events) {
      double clock = 0;
      for (int e = 0; e < events; e++) {
        int first = 0;
        for (int i = 1; i < times.length; i++) {
          if (times[i] < times[first] || (times[i] == times[first] && order[i] < order[first])) {
            first = i;
          }
        }
        clock = times[first];
        times[first] = clock + delays.next();
        order[first] = scheduled++;
      }
      return clock;
    }
  }

  @Test
  void everyEventListMatchesTheReferenceClock() {
    qt().withExamples(20)
        .forAll(integers().between(1, 200), integers().between(1, 2_000), integers().between(1, 3))
        .checkAssert((pending, events, runs) -> {
          LinearScanHold reference = new LinearScanHold(pending, new HoldDelays(7));
          double expected = 0;
          for (int r = 0; r < runs; r++) {
            expected = reference.run(events);
          }
          for (EventListKind kind : EventListKind.values()) {
            HoldModel model = kind.create(pending, new HoldDelays(7));
            double clock = 0;
            for (int r = 0; r < runs; r++) {
              clock = model.run(events);
            }
            assertEquals(expected, clock, kind.name());
            assertEquals(pending, model.pending(), kind.name() + " keeps its pending events");
          }
        });
  }

  @Test
  void delaysAreWholeNanosecondsExponentialWithMeanOneSecond() {
    HoldDelays delays = new HoldDelays(42);
    double sum = 0;
    int count = 1 << 16;
    for (int i = 0; i < count; i++) {
      double delay = delays.next();
      assertTrue(delay >= 0 && Double.isFinite(delay) && delay == Math.rint(delay));
      sum += delay;
    }
    assertEquals(1e9, sum / count, 0.02e9);
  }
}
