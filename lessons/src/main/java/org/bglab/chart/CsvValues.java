package org.bglab.chart;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as chart CSV files write and read them: plain, exact, the same on every machine. */
final class CsvValues {

  private CsvValues() {}

  /** {@code 1000000}, {@code 0.001}: whole numbers without a decimal point, never exponents. */
  static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * {@code value} rounded to {@code digits} significant digits: plainly from 0.0001 to 10^15,
   * with an exponent ({@code 7.4E-23}) beyond.
   */
  static String significant(double value, int digits) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
    double magnitude = Math.abs(value);
    return magnitude >= 1e-4 && magnitude < 1e15 ? rounded.toPlainString() : rounded.toString();
  }

  /**
   * Parses a number written in a CSV cell.
   *
   * @throws IllegalArgumentException naming the column and the text
   */
  static double parse(String text, String column) {
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException ex) {
      // reported below
    }
    throw new IllegalArgumentException(column + " must be a number, got '" + text + "'");
  }
}
