package org.bglab.simulator.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One condition of an {@code expect} line: a name and, usually, a comparison with a number
 * ({@code green 1000}, {@code failed 0}, {@code seconds < 2}, {@code blue >= 1}). A bare name
 * ({@code green}) means "all of them, and at least one"; {@code none} means "there are none".
 *
 * @param name what is measured: a deployment name, an image ({@code model:v1}), {@code failed}, a
 *     failure reason ({@code model-error}), or a figure's name
 * @param comparison how to compare, {@code null} for a bare name
 * @param value the number to compare with, {@code null} for a bare name
 */
record Condition(String name, String comparison, BigDecimal value) {

  private static final Pattern ITEM = Pattern.compile(
      "([A-Za-z0-9][A-Za-z0-9._:/@-]*)(?:\\s*(<=|>=|==|=|<|>)?\\s*(\\d+(?:\\.\\d+)?))?");

  /** Whether this is a bare name, without a number. */
  boolean isBare() {
    return value == null;
  }

  /**
   * Reads a comma-separated list of conditions.
   *
   * @throws IllegalArgumentException naming the item that cannot be read
   */
  static List<Condition> parseList(String text) {
    List<Condition> conditions = new ArrayList<>();
    for (String item : text.split(",")) {
      Matcher matcher = ITEM.matcher(item.trim());
      if (!matcher.matches()) {
        throw new IllegalArgumentException("cannot read \"" + item.trim()
            + "\": expected NAME NUMBER, such as green 1000 or seconds < 2");
      }
      String comparison = matcher.group(3) == null ? null : matcher.group(2) == null ? "=" : matcher.group(2);
      BigDecimal value = matcher.group(3) == null ? null : new BigDecimal(matcher.group(3));
      conditions.add(new Condition(matcher.group(1), comparison, value));
    }
    return conditions;
  }

  /** Whether {@code actual} meets the comparison. */
  boolean holds(BigDecimal actual) {
    int order = actual.compareTo(value);
    return switch (comparison) {
      case "<" -> order < 0;
      case "<=" -> order <= 0;
      case ">" -> order > 0;
      case ">=" -> order >= 0;
      default -> order == 0;
    };
  }

  @Override
  public String toString() {
    return isBare() ? name : name + " " + (comparison.equals("=") ? "" : comparison + " ") + value.toPlainString();
  }
}
