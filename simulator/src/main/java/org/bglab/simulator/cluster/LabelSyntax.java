package org.bglab.simulator.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules the API server applies to label keys and values, with its messages: a key is an
 * optional DNS subdomain prefix and {@code /}, then a name of at most 63 characters made of
 * letters, digits, {@code -}, {@code _} and {@code .} that starts and ends with a letter or digit;
 * a value is empty, or follows the rules of such a name.
 */
final class LabelSyntax {

  private static final String NAME = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
  private static final String SUBDOMAIN = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
  private static final Pattern SUBDOMAIN_PATTERN = Pattern.compile(SUBDOMAIN);
  private static final int MAX_NAME = 63;
  private static final int MAX_PREFIX = 253;

  private LabelSyntax() {}

  /** What is wrong with {@code key} as a label key, in the API server's words; empty when valid. */
  static List<String> keyProblems(String key) {
    List<String> problems = new ArrayList<>();
    String[] parts = key.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      String prefix = parts[0];
      name = parts[1];
      if (prefix.isEmpty()) {
        problems.add("prefix part must be non-empty");
      } else if (prefix.length() > MAX_PREFIX) {
        problems.add("prefix part must be no more than " + MAX_PREFIX + " characters");
      } else if (!SUBDOMAIN_PATTERN.matcher(prefix).matches()) {
        problems.add("prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric"
            + " characters, '-' or '.', and must start and end with an alphanumeric character (e.g."
            + " 'example.com', regex used for validation is '" + SUBDOMAIN + "')");
      }
    } else {
      problems.add("a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start"
          + " and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used"
          + " for validation is '" + NAME + "') with an optional DNS subdomain prefix and '/' (e.g."
          + " 'example.com/MyName')");
      return problems;
    }
    if (name.isEmpty()) {
      problems.add("name part must be non-empty");
    } else if (name.length() > MAX_NAME) {
      problems.add("name part must be no more than " + MAX_NAME + " characters");
    } else if (!NAME_PATTERN.matcher(name).matches()) {
      problems.add("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end"
          + " with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for"
          + " validation is '" + NAME + "')");
    }
    return problems;
  }

  /** What is wrong with {@code value} as a label value, in the API server's words; empty when valid. */
  static List<String> valueProblems(String value) {
    if (value.length() > MAX_NAME) {
      return List.of("must be no more than " + MAX_NAME + " characters");
    }
    if (!value.isEmpty() && !NAME_PATTERN.matcher(value).matches()) {
      return List.of("a valid label must be an empty string or consist of alphanumeric characters, '-', '_'"
          + " or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',"
          + "  or '12345', regex used for validation is '(" + NAME + ")?')");
    }
    return List.of();
  }

  /**
   * Every problem of {@code labels} as field errors of {@code field}, such as
   * {@code spec.selector: Invalid value: "$patch": name part must ...}.
   */
  static List<String> fieldErrors(String field, Labels labels) {
    List<String> errors = new ArrayList<>();
    labels.entries().forEach((key, value) -> {
      keyProblems(key).forEach(p -> errors.add(field + ": Invalid value: \"" + key + "\": " + p));
      valueProblems(value).forEach(p -> errors.add(field + ": Invalid value: \"" + value + "\": " + p));
    });
    return errors;
  }

  /**
   * The API server's refusal of an object with these field errors: {@code The KIND "NAME" is
   * invalid: ERROR}, or with several errors {@code [ERROR, ERROR]}.
   */
  static ApiException invalid(String kind, String name, List<String> errors) {
    String detail = errors.size() == 1 ? errors.get(0) : "[" + String.join(", ", errors) + "]";
    return new ApiException("The " + kind + " \"" + name + "\" is invalid: " + detail);
  }
}
