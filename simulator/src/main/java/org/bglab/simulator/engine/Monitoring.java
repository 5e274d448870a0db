package org.bglab.simulator.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * The alarm that watches green during a switch: the share of green's requests that failed over a
 * sliding window of simulated time. Once green has had traffic for a whole window, a request that
 * green answers while the share is above the threshold fires the alarm, and the run rolls back
 * with the same strategy.
 *
 * @param window the length of the sliding window, above zero
 * @param errorThreshold the failed share of green's requests above which the alarm fires, 0..1
 */
public record Monitoring(Duration window, double errorThreshold) {

  /** A 5-second window and a 2% threshold. */
  public static final Monitoring DEFAULTS = new Monitoring(Duration.ofSeconds(5), 0.02);

  /** Validates the window and the threshold. */
  public Monitoring {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the monitoring window must be above 0, got " + window);
    }
    if (!(errorThreshold >= 0 && errorThreshold <= 1)) {
      throw new IllegalArgumentException(
          "the error threshold must be between 0 and 1, got " + errorThreshold);
    }
  }
}
