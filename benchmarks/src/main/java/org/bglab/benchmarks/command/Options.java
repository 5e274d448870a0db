package org.bglab.benchmarks.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} options of the benchmark tools, checked against the names allowed. */
public final class Options {

  private final Map<String, String> values;

  private Options(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Reads {@code args} as {@code --name value} pairs.
   *
   * @throws CommandLineError for an unknown name, a repeated name or a missing value
   */
  public static Options parse(String[] args, List<String> allowed) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (!allowed.contains(name)) {
        throw new CommandLineError(
            "unknown option '" + name + "' (expected " + String.join(", ", allowed) + ")");
      }
      if (i + 1 >= args.length) {
        throw new CommandLineError("option " + name + " needs a value");
      }
      if (values.put(name, args[i + 1]) != null) {
        throw new CommandLineError("option " + name + " is given twice");
      }
    }
    return new Options(values);
  }

  /** The value of {@code name} as a positive count such as {@code 1000}, {@code 1_000}, {@code 1e3}. */
  public int positiveInt(String name, int fallback) {
    String value = values.get(name);
    return value == null ? fallback : count(name, value);
  }

  /** The value of {@code name} as a comma-separated list of positive counts. */
  public List<Integer> intList(String name, List<Integer> fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    List<Integer> counts = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      counts.add(count(name, part.trim()));
    }
    return List.copyOf(counts);
  }

  private static int count(String name, String text) {
    String digits = text.replace("_", "");
    try {
      long value;
      int e = digits.indexOf('e');
      if (e > 0) {
        long mantissa = Long.parseLong(digits.substring(0, e));
        int exponent = Integer.parseInt(digits.substring(e + 1));
        value = exponent > 9 ? Long.MAX_VALUE : mantissa * (long) Math.pow(10, exponent);
      } else {
        value = Long.parseLong(digits);
      }
      if (value < 1 || value > Integer.MAX_VALUE) {
        throw new NumberFormatException();
      }
      return (int) value;
    } catch (NumberFormatException error) {
      throw new CommandLineError(
          "option " + name + ": '" + text + "' is not a count from 1 to " + Integer.MAX_VALUE
              + " (e.g. 1000, 1_000, 1e3)");
    }
  }
}
