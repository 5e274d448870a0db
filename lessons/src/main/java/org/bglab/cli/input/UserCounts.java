package org.bglab.cli.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.lab.SizeSeries;

/**
 * Parses user counts as people write them: {@code 1000}, {@code 1_000}, {@code 1e3}; lists
 * {@code 10,100,1000}; ranges {@code 10..1e7} (1-2-5 points per decade).
 */
public final class UserCounts {

  /** The largest number of users a routing table can index. */
  public static final int MAX_USERS = Integer.MAX_VALUE;

  private static final String ACCEPTED =
      "a whole number from 1 to " + MAX_USERS + ", written like 1000, 1_000 or 1e3";

  private UserCounts() {}

  /** One user count. */
  public static int parseOne(String text) {
    String cleaned = text.strip().replace("_", "");
    BigDecimal value;
    try {
      value = new BigDecimal(cleaned);
    } catch (NumberFormatException ex) {
      throw new InputError("'" + text + "' is not " + ACCEPTED);
    }
    try {
      BigDecimal whole = value.stripTrailingZeros();
      if (whole.scale() > 0) {
        throw new ArithmeticException("fraction");
      }
      long users = whole.longValueExact();
      if (users < 1 || users > MAX_USERS) {
        throw new ArithmeticException("range");
      }
      return (int) users;
    } catch (ArithmeticException ex) {
      throw new InputError("'" + text + "' is not " + ACCEPTED);
    }
  }

  /** A comma-separated list whose items are counts or {@code from..to} ranges, in given order. */
  public static List<Integer> parseSeries(String text) {
    if (text.isBlank()) {
      throw new InputError("the list of user counts is empty");
    }
    List<Integer> sizes = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      if (item.isBlank()) {
        throw new InputError("'" + text + "' has an empty item");
      }
      int dots = item.indexOf("..");
      if (dots < 0) {
        sizes.add(parseOne(item));
      } else {
        int from = parseOne(item.substring(0, dots));
        int to = parseOne(item.substring(dots + 2));
        if (from > to) {
          throw new InputError("range '" + item.strip() + "' is reversed");
        }
        sizes.addAll(SizeSeries.oneTwoFive(from, to));
      }
    }
    return List.copyOf(sizes);
  }
}
