package org.bglab.simulator.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader and writer of durations as people write them: {@code 3ns}, {@code 250us},
 * {@code 250 µs}, {@code 1ms}, {@code 1.5s}, {@code 1e-3s}, {@code 2m} or {@code 2min},
 * {@code 1h}; units in any case, {@code _} between digits allowed, rounded half up to the
 * nanosecond (the unit of every simulated clock). The values are {@link java.time.Duration}s of 0
 * or more, the one duration type of bglab. {@link Duration#parse(CharSequence)} reads ISO-8601
 * ({@code PT30S}), not what people write: read durations here.
 */
public final class Durations {

  /** Nanoseconds in one microsecond. */
  public static final long MICROSECOND = 1_000L;
  /** Nanoseconds in one millisecond. */
  public static final long MILLISECOND = 1_000_000L;
  /** Nanoseconds in one second. */
  public static final long SECOND = 1_000_000_000L;

  private static final Pattern TEXT = Pattern.compile("([0-9.]+(?:[eE][-+]?[0-9]+)?)\\s*([a-zµ]*)");
  /** The units ({@code m} is minutes, as kubectl writes it). */
  private static final Map<String, Long> NANOS_PER_UNIT = Map.of(
      "ns", 1L, "us", MICROSECOND, "µs", MICROSECOND, "ms", MILLISECOND, "s", SECOND,
      "m", 60 * SECOND, "min", 60 * SECOND, "h", 3_600 * SECOND);

  private Durations() {
  }

  /**
   * Reads a duration written with a unit, such as {@code 30s} or {@code 500ms}.
   *
   * @throws IllegalArgumentException with one line saying what is accepted
   */
  public static Duration parse(String text) {
    return parse(text, false);
  }

  /**
   * Reads a duration like {@link #parse(String)}, except that a bare number is seconds.
   *
   * @throws IllegalArgumentException with one line saying what is accepted
   */
  public static Duration parseOrSeconds(String text) {
    return parse(text, true);
  }

  /**
   * The length in seconds, as a decimal number, for reports.
   *
   * @throws IllegalArgumentException when {@code duration} is negative
   */
  public static double seconds(Duration duration) {
    return nanos(duration) / (double) SECOND;
  }

  /**
   * The duration as people read it, in the largest unit it reaches, exactly: {@code 0s},
   * {@code 0.5us}, {@code 250us}, {@code 1.5ms}, {@code 12.25s}. {@link #parse(String)} reads it
   * back.
   *
   * @throws IllegalArgumentException when {@code duration} is negative
   */
  public static String text(Duration duration) {
    long nanos = nanos(duration);
    if (nanos == 0 || nanos >= SECOND) {
      return decimal(nanos, SECOND) + "s";
    }
    return nanos < MILLISECOND ? decimal(nanos, MICROSECOND) + "us" : decimal(nanos, MILLISECOND) + "ms";
  }

  /** The length in nanoseconds, rejecting a negative duration as no duration people write. */
  private static long nanos(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a duration cannot be negative, got " + duration.toNanos() + "ns");
    }
    return duration.toNanos();
  }

  private static String decimal(long nanos, long unit) {
    return BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(unit)).stripTrailingZeros()
        .toPlainString();
  }

  private static Duration parse(String text, boolean bareIsSeconds) {
    String accepted = "'" + text + "' is not a duration of 0 or more, written like 1ms, 250us,"
        + " 1.5s or 2min (units: ns, us, ms, s, m or min, h)";
    Matcher matcher = TEXT.matcher(text.strip().replace("_", "").toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(accepted);
    }
    String unit = matcher.group(2).isEmpty() && bareIsSeconds ? "s" : matcher.group(2);
    if (!NANOS_PER_UNIT.containsKey(unit)) {
      throw new IllegalArgumentException(accepted);
    }
    BigDecimal number;
    try {
      number = new BigDecimal(matcher.group(1));
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException(accepted);
    }
    BigDecimal nanos = number.multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(unit)))
        .setScale(0, RoundingMode.HALF_UP);
    try {
      return Duration.ofNanos(nanos.longValueExact());
    } catch (ArithmeticException ex) {
      throw new IllegalArgumentException("'" + text + "' is longer than the simulated clock can"
          + " count (about 292 years)");
    }
  }
}
