package org.bglab.jmh;

import java.util.Locale;

/** How the summary writes numbers: fixed rules, independent of the machine's locale. */
final class Format {

  private Format() {}

  /** A measurement with about three significant digits, e.g. {@code 0.734}, {@code 81.2}, {@code 12345}. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    double magnitude = Math.abs(value);
    if (magnitude > 0 && magnitude < 0.001) {
      return String.format(Locale.ROOT, "%.1e", value);
    }
    String pattern =
        magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, value);
  }

  /** A ratio, e.g. {@code 1.08x}, {@code 96.5x}, {@code 771x}. */
  static String ratio(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "-";
    }
    String pattern = value >= 100 ? "%.0fx" : value >= 10 ? "%.1fx" : "%.2fx";
    return String.format(Locale.ROOT, pattern, value);
  }

  /** A number of users with thousands separators, e.g. {@code 1,000,000}. */
  static String users(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Events per second in millions, e.g. {@code 4.21 M}. */
  static String millions(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f M", value / 1e6);
  }
}
