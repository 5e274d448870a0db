package org.bglab.coursework.grading;

/**
 * The result of one graded check.
 *
 * @param name an id ({@code E1.1}, {@code E2.F3}, ...) then what is checked
 * @param points the points earned
 * @param maximum the points this check is worth
 * @param passed whether the check passed
 * @param message what went wrong, or what was caught
 */
record Check(String name, int points, int maximum, boolean passed, String message) {

  /** The id a grading step selects this check by: the first word of its name. */
  String id() {
    return name.split(" ", 2)[0];
  }

  /** This check as one JSON object. */
  String toJson() {
    return "{\"name\": " + quote(name) + ", \"points\": " + points + ", \"maximum\": " + maximum
        + ", \"passed\": " + passed + ", \"message\": " + quote(message) + "}";
  }

  private static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
