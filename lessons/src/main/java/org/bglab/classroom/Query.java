package org.bglab.classroom;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bglab.cli.input.UserCounts;
import org.bglab.output.Numbers;
import org.bglab.simulator.input.InputError;

/**
 * The parameters of one request's query string, read one field at a time. Every reader checks
 * the value and its range and throws {@link BadParameter} naming the field and what it accepts;
 * a field the endpoint does not know is bad input too, so a typo is never silently ignored.
 */
final class Query {

  /** The longest query string read; a page never sends one this long. */
  static final int MAX_LENGTH = 4096;

  private final Map<String, String> values;

  private Query(Map<String, String> values) {
    this.values = values;
  }

  /** The query of {@code uri}, each field given at most once. */
  static Query of(URI uri) {
    String raw = uri.getRawQuery();
    Map<String, String> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return new Query(values);
    }
    if (raw.length() > MAX_LENGTH) {
      throw new BadParameter("query", "at most " + MAX_LENGTH + " characters",
          "the query string is " + raw.length() + " characters long");
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (values.putIfAbsent(name, value) != null) {
        throw new BadParameter(name, "one value", "'" + name + "' is given more than once");
      }
    }
    return new Query(values);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException ex) {
      throw new BadParameter("query", "a URL-encoded query string", "the query is not URL-encoded");
    }
  }

  /** Rejects every field not in {@code known}. */
  Query only(Set<String> known) {
    for (String name : values.keySet()) {
      if (!known.contains(name)) {
        String accepts = known.isEmpty() ? "no parameters"
            : "one of " + String.join(", ", known.stream().sorted().toList());
        throw new BadParameter(name, accepts, "unknown parameter '" + name + "'");
      }
    }
    return this;
  }

  /** This query without the fields {@code names}, for a reader that checks the rest. */
  Query without(String... names) {
    Map<String, String> rest = new LinkedHashMap<>(values);
    for (String name : names) {
      rest.remove(name);
    }
    return new Query(rest);
  }

  /** The raw text of {@code name}, if given. */
  Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name)).map(String::strip);
  }

  /** A user count from {@code min} to {@code max}, written as 1000, 1_000 or 1e3. */
  int users(String name, int fallback, int min, int max) {
    String accepts = "a whole number from " + Numbers.count(min) + " to " + Numbers.count(max)
        + ", written like 1000, 1_000 or 1e3";
    Optional<String> given = text(name);
    if (given.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = UserCounts.parseOne(given.get());
    } catch (InputError ex) {
      throw new BadParameter(name, accepts, "'" + given.get() + "' is not a user count");
    }
    if (value < min || value > max) {
      throw new BadParameter(name, accepts, Numbers.count(value) + " is out of range");
    }
    return value;
  }

  /** A whole number from {@code min} to {@code max}; exponent form such as 1e6 is accepted. */
  long whole(String name, long fallback, long min, long max) {
    String accepts = "a whole number from " + Numbers.count(min) + " to " + Numbers.count(max);
    Optional<String> given = text(name);
    if (given.isEmpty()) {
      return fallback;
    }
    long value;
    try {
      value = new BigDecimal(given.get().replace("_", "")).longValueExact();
    } catch (NumberFormatException | ArithmeticException ex) {
      throw new BadParameter(name, accepts, "'" + given.get() + "' is not a whole number");
    }
    if (value < min || value > max) {
      throw new BadParameter(name, accepts, "'" + given.get() + "' is out of range");
    }
    return value;
  }

  /** A decimal number from {@code min} to {@code max}. */
  double decimal(String name, double fallback, double min, double max, String accepts) {
    Optional<String> given = text(name);
    if (given.isEmpty()) {
      return fallback;
    }
    double value;
    try {
      value = new BigDecimal(given.get().replace("_", "")).doubleValue();
    } catch (NumberFormatException ex) {
      throw new BadParameter(name, accepts, "'" + given.get() + "' is not a number");
    }
    if (!(value >= min && value <= max)) {
      throw new BadParameter(name, accepts, "'" + given.get() + "' is out of range");
    }
    return value;
  }

  /** One of {@code choices}, exactly as written there. */
  String choice(String name, String fallback, Iterable<String> choices) {
    Optional<String> given = text(name);
    if (given.isEmpty()) {
      return fallback;
    }
    StringBuilder accepts = new StringBuilder("one of: ");
    for (String choice : choices) {
      if (choice.equals(given.get())) {
        return choice;
      }
      accepts.append(accepts.length() > 8 ? ", " : "").append(choice);
    }
    throw new BadParameter(name, accepts.toString(), "unknown " + name + " '" + given.get() + "'");
  }
}
