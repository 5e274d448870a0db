package org.bglab.simulator.cluster;

import java.math.BigDecimal;
import org.bglab.simulator.kernel.Duration;

/**
 * Simulated time and durations of the cluster, in whole nanoseconds (the kernel's clock unit),
 * and their text form ({@code 30s}, {@code 500ms}, {@code 1.5s}, {@code 2m}, {@code 50us}).
 */
public final class ClockTime {

  /** Nanoseconds in one microsecond. */
  public static final long MICROSECOND = Duration.MICROSECOND;
  /** Nanoseconds in one millisecond. */
  public static final long MILLISECOND = Duration.MILLISECOND;
  /** Nanoseconds in one second. */
  public static final long SECOND = Duration.SECOND;

  private ClockTime() {}

  /**
   * Reads a duration written with a unit, in nanoseconds, as {@link Duration#parse(String)} does.
   *
   * @throws IllegalArgumentException with a message saying what is expected
   */
  public static long parse(String text) {
    return Duration.parse(text).nanos();
  }

  /** Seconds as a decimal number, for reports. */
  public static double seconds(long nanos) {
    return nanos / (double) SECOND;
  }

  /** A readable duration: {@code 0s}, {@code 250us}, {@code 1.5ms}, {@code 12.25s}, {@code 0.5us}. */
  public static String format(long nanos) {
    if (nanos != 0 && Math.abs(nanos) < MILLISECOND) {
      return decimal(nanos, MICROSECOND) + "us";
    }
    if (Math.abs(nanos) < SECOND && nanos != 0) {
      return decimal(nanos, MILLISECOND) + "ms";
    }
    return decimal(nanos, SECOND) + "s";
  }

  private static String decimal(long nanos, long unit) {
    return BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
  }

  /** An age as kubectl prints it: {@code 45s}, {@code 3m20s}, {@code 12m}, {@code 2h}. */
  public static String age(long nanos) {
    long seconds = nanos / SECOND;
    if (seconds < 120) {
      return seconds + "s";
    }
    if (seconds < 600) {
      return seconds / 60 + "m" + (seconds % 60 == 0 ? "" : seconds % 60 + "s");
    }
    return seconds < 3 * 3600 ? seconds / 60 + "m" : seconds / 3600 + "h";
  }
}
