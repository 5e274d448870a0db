package org.bglab.output;

import java.util.Locale;

/** Number formatting for people: the same on every machine, whatever its locale. */
public final class Numbers {

  private Numbers() {}

  /** A count with thousands separators: {@code 1,000,000}. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A decimal with up to {@code digits} places and no trailing zeros: {@code 0.125}. */
  public static String decimal(double value, int digits) {
    String text = String.format(Locale.ROOT, "%." + digits + "f", value);
    if (text.contains(".")) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text;
  }

  /**
   * A decimal for machines with exactly {@code digits} places, never in exponent form:
   * {@code 0.127872}, {@code 1000.000}.
   */
  public static String fixed(double value, int digits) {
    return new java.math.BigDecimal(value).setScale(digits, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** A byte size for people: {@code 128 B}, {@code 12.5 MB} (decimal units). */
  public static String bytes(long bytes) {
    String[] units = {"B", "kB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return (unit == 0 ? Long.toString(bytes) : decimal(value, 1)) + " " + units[unit];
  }
}
