package org.bglab.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GreenMonitorTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void waitsForAWholeWindowOfGreenTrafficBeforeFiring() {
    GreenMonitor monitor = new GreenMonitor(new Monitoring(Duration.ofSeconds(5), 0.05));
    for (long t = 0; t < 5 * SECOND; t += SECOND / 10) {
      assertFalse(monitor.observe(t, true), "fired at " + t);
    }
    assertTrue(monitor.observe(5 * SECOND, true));
  }

  @Test
  void firesOnlyAboveTheThresholdAndForgetsOldFailures() {
    GreenMonitor monitor = new GreenMonitor(new Monitoring(Duration.ofSeconds(1), 0.25));
    long t = 0;
    // one failure in five requests: below the threshold in every window
    for (int i = 0; i < 400; i++, t += SECOND / 100) {
      assertFalse(monitor.observe(t, i % 5 == 0), "fired at request " + i);
    }
    // then only failures: above it within the window
    boolean fired = false;
    for (int i = 0; i < 100 && !fired; i++, t += SECOND / 100) {
      fired = monitor.observe(t, true);
    }
    assertTrue(fired);
    // a burst of failures long ago leaves the window
    GreenMonitor late = new GreenMonitor(new Monitoring(Duration.ofSeconds(1), 0.25));
    for (int i = 0; i < 10; i++) {
      late.observe(i * SECOND / 100, true);
    }
    assertFalse(late.observe(3 * SECOND, false));
    assertTrue(late.observe(3 * SECOND + 1, true));
  }
}
