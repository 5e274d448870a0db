package org.bglab.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formatting of simulated durations, rates and shares, the same on every machine: exact decimals
 * for machines (CSV, JSON), rounded figures with units for people.
 */
final class Measures {

  private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

  private Measures() {}

  /**
   * Simulated nanoseconds as seconds for machines, always to the microsecond (six decimals):
   * {@code 0.012001}, {@code 0.011000}, {@code 100100.000000}.
   */
  static String seconds(long nanos) {
    return BigDecimal.valueOf(nanos, 9).setScale(6, RoundingMode.HALF_UP).toPlainString();
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /**
   * Simulated nanoseconds for people, in the largest unit that keeps them at 1 or more, with up
   * to three decimals: {@code 999.999 ms}, {@code 1.001 s}, {@code 100,100 s (27.8 h)}.
   */
  static String duration(long nanos) {
    if (nanos == 0) {
      return "0 s";
    }
    String[] units = {"ns", "µs", "ms", "s"};
    long scale = 1;
    int unit = 0;
    while (unit < units.length - 1 && nanos >= scale * 1000) {
      scale *= 1000;
      unit++;
    }
    BigDecimal value = BigDecimal.valueOf(nanos)
        .divide(BigDecimal.valueOf(scale), 3, RoundingMode.HALF_UP);
    String text = grouped(value) + " " + units[unit];
    if (nanos >= NANOS_PER_HOUR) {
      text += " (" + Numbers.decimal(nanos / (double) NANOS_PER_HOUR, 1) + " h)";
    }
    return text;
  }

  /**
   * A share as a percentage with up to {@code digits} decimals: {@code 48.3%}; a share too small
   * to show is {@code <0.1%}, never {@code 0%}, and one just short of all is {@code >99.9%},
   * never {@code 100%}.
   */
  static String percent(double share, int digits) {
    String text = Numbers.decimal(share * 100, digits);
    BigDecimal step = BigDecimal.ONE.movePointLeft(digits);
    if (share > 0 && text.equals("0")) {
      return "<" + step.toPlainString() + "%";
    }
    if (share < 1 && text.equals("100")) {
      return ">" + BigDecimal.valueOf(100).subtract(step).toPlainString() + "%";
    }
    return text + "%";
  }

  /** A rate for people, whole from 100 on, else to three significant digits: {@code 9.98/s}. */
  static String rate(double perSecond) {
    return perSecond(perSecond) + "/s";
  }

  /** A rate's number alone: {@code 5,000}, {@code 9.98}. */
  static String perSecond(double perSecond) {
    BigDecimal value = new BigDecimal(perSecond);
    value = perSecond >= 100 ? value.setScale(0, RoundingMode.HALF_UP)
        : value.round(new MathContext(3, RoundingMode.HALF_UP));
    return grouped(value);
  }

  private static String grouped(BigDecimal value) {
    String text = plain(value);
    int dot = text.indexOf('.');
    String whole = dot < 0 ? text : text.substring(0, dot);
    return Numbers.count(Long.parseLong(whole)) + (dot < 0 ? "" : text.substring(dot));
  }
}
