package org.bglab.simulator.cluster;

import java.math.BigDecimal;
import org.bglab.simulator.kernel.Duration;

/**
 * Simulated time and durations, in whole microseconds, and their text form ({@code 30s},
 * {@code 500ms}, {@code 1.5s}, {@code 2m}, {@code 50us}).
 */
public final class ClockTime {

  /** Microseconds in one millisecond. */
  public static final long MILLISECOND = 1_000;
  /** Microseconds in one second. */
  public static final long SECOND = 1_000_000;

  private ClockTime() {}

  /**
   * Reads a duration written with a unit, as {@link Duration#parse(String)} does, rounded half up
   * to the microsecond.
   *
   * @throws IllegalArgumentException with a message saying what is expected
   */
  public static long parse(String text) {
    long nanos = Duration.parse(text).nanos();
    return nanos / Duration.MICROSECOND + (nanos % Duration.MICROSECOND >= Duration.MICROSECOND / 2 ? 1 : 0);
  }

  /** Seconds as a decimal number, for reports. */
  public static double seconds(long micros) {
    return micros / (double) SECOND;
  }

  /** A readable duration: {@code 0s}, {@code 250us}, {@code 1.5ms}, {@code 12.25s}. */
  public static String format(long micros) {
    if (micros != 0 && Math.abs(micros) < MILLISECOND) {
      return micros + "us";
    }
    if (Math.abs(micros) < SECOND && micros != 0) {
      return decimal(micros, MILLISECOND) + "ms";
    }
    return decimal(micros, SECOND) + "s";
  }

  private static String decimal(long micros, long unit) {
    return BigDecimal.valueOf(micros).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
  }

  /** An age as kubectl prints it: {@code 45s}, {@code 3m20s}, {@code 12m}, {@code 2h}. */
  public static String age(long micros) {
    long seconds = micros / SECOND;
    if (seconds < 120) {
      return seconds + "s";
    }
    if (seconds < 600) {
      return seconds / 60 + "m" + (seconds % 60 == 0 ? "" : seconds % 60 + "s");
    }
    return seconds < 3 * 3600 ? seconds / 60 + "m" : seconds / 3600 + "h";
  }
}
