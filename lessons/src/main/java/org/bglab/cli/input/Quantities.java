package org.bglab.cli.input;

import java.math.BigDecimal;
import java.time.Duration;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.kernel.Durations;

/**
 * Parses the quantities of a simulation as people write them: durations with a unit
 * ({@code 1ms}, {@code 250us}, {@code 1.5s}, {@code 2min}), rates and counts ({@code 1000},
 * {@code 1_000}, {@code 1e3}), probabilities and shares ({@code 0.3}, {@code 30%}). Each rejects
 * negative and non-numeric text with an {@link InputError} that says what is accepted. Durations are read by
 * the simulator's one duration reader, {@link org.bglab.simulator.kernel.Durations}.
 */
public final class Quantities {

  private Quantities() {}

  /** A duration of 0 or more, rounded to the nanosecond; a bare number is seconds. */
  public static Duration duration(String text) {
    try {
      return Durations.parseOrSeconds(text);
    } catch (IllegalArgumentException ex) {
      // the kernel's reader says what it accepts; here that text is the user's to fix
      throw new InputError(ex.getMessage());
    }
  }

  /** A rate of 0 or more per second, like {@code 1000}, {@code 1_000} or {@code 2.5e3}. */
  public static double rate(String text) {
    String accepted = "'" + text + "' is not a rate of 0 or more per second, written like 1000,"
        + " 1_000 or 1e3";
    BigDecimal value = decimal(clean(text), accepted);
    double rate = value.doubleValue();
    if (!Double.isFinite(rate)) {
      throw new InputError(accepted);
    }
    return rate;
  }

  /** A whole count of 0 or more, like {@code 1000000}, {@code 1_000_000} or {@code 1e6}. */
  public static long count(String text) {
    String accepted = "'" + text + "' is not a whole number of 0 or more, written like 1000000,"
        + " 1_000_000 or 1e6";
    try {
      return decimal(clean(text), accepted).stripTrailingZeros().longValueExact();
    } catch (ArithmeticException ex) {
      throw new InputError(accepted);
    }
  }

  /** A probability from 0 to 1, like {@code 0.3} or {@code 30%}. */
  public static double probability(String text) {
    return fraction(text, "'" + text + "' is not a probability from 0 to 1, written like 0.3 or 30%");
  }

  /** A share above 0 and at most 1, like {@code 0.1} or {@code 10%}. */
  public static double share(String text) {
    String accepted = "'" + text + "' is not a share above 0 and at most 1, written like 0.1 or 10%";
    double value = fraction(text, accepted);
    if (value == 0) {
      throw new InputError(accepted);
    }
    return value;
  }

  private static double fraction(String text, String accepted) {
    String cleaned = clean(text);
    boolean percent = cleaned.endsWith("%");
    BigDecimal value = decimal(percent ? cleaned.substring(0, cleaned.length() - 1).strip()
        : cleaned, accepted);
    if (percent) {
      value = value.movePointLeft(2);
    }
    if (value.compareTo(BigDecimal.ONE) > 0) {
      throw new InputError(accepted);
    }
    return value.doubleValue();
  }

  /** A decimal of 0 or more; anything else is reported with {@code accepted}. */
  private static BigDecimal decimal(String text, String accepted) {
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException ex) {
      throw new InputError(accepted);
    }
    if (value.signum() < 0 || value.abs().compareTo(BigDecimal.valueOf(Double.MAX_VALUE)) > 0) {
      throw new InputError(accepted);
    }
    return value;
  }

  private static String clean(String text) {
    return text.strip().replace("_", "");
  }
}
