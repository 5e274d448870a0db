package org.bglab.simulator.scenario;

import java.util.List;
import org.bglab.simulator.scenario.ExpectStep.Subject;

/** Reads an {@code expect WHAT: CONDITIONS} line. */
final class ExpectParser {

  private static final String KINDS = "last N requests, all requests, endpoints [SERVICE], connections [SERVICE],"
      + " last patch [SERVICE], counts, output, error";

  private ExpectParser() {}

  static ExpectStep parse(int line, String text) {
    String rest = text.substring("expect".length()).strip();
    int colon = rest.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("expected expect WHAT: CONDITIONS, such as expect all requests: failed 0");
    }
    String[] head = rest.substring(0, colon).strip().split("\\s+");
    String body = rest.substring(colon + 1).strip();
    if (body.isEmpty()) {
      throw new IllegalArgumentException("nothing expected after the colon");
    }
    String first = head[0];
    if (head.length == 1 && (first.equals("output") || first.equals("error"))) {
      Subject subject = first.equals("output") ? Subject.OUTPUT : Subject.ERROR;
      return new ExpectStep(line, text, subject, -1, null, List.of(), unquote(body));
    }
    List<Condition> conditions = Condition.parseList(body);
    if (head.length == 3 && first.equals("last") && head[2].matches("requests?")) {
      long last = ScenarioParser.parseLong(head[1], "the number of requests");
      if (last < 1) {
        throw new IllegalArgumentException("expect at least the last 1 request");
      }
      return checked(new ExpectStep(line, text, Subject.REQUESTS, last, null, conditions, null));
    }
    if (head.length == 2 && first.equals("all") && head[1].equals("requests")) {
      return checked(new ExpectStep(line, text, Subject.REQUESTS, -1, null, conditions, null));
    }
    if (head.length <= 2 && (first.equals("endpoints") || first.equals("connections"))) {
      Subject subject = first.equals("endpoints") ? Subject.ENDPOINTS : Subject.CONNECTIONS;
      return checked(new ExpectStep(line, text, subject, -1, head.length == 2 ? head[1] : null, conditions, null));
    }
    if (head.length <= 3 && first.equals("last") && head.length >= 2 && head[1].equals("patch")) {
      return checked(new ExpectStep(line, text, Subject.PATCH, -1, head.length == 3 ? head[2] : null, conditions, null));
    }
    if (head.length == 1 && first.equals("counts")) {
      return checked(new ExpectStep(line, text, Subject.COUNTS, -1, null, conditions, null));
    }
    throw new IllegalArgumentException("unknown expectation \"" + String.join(" ", head) + "\" (expected one of: "
        + KINDS + ")");
  }

  private static ExpectStep checked(ExpectStep step) {
    List<String> figures = step.subject().figures();
    for (Condition condition : step.conditions()) {
      if (!figures.isEmpty() && !figures.contains(condition.name())) {
        throw new IllegalArgumentException("unknown figure \"" + condition.name() + "\" (known: "
            + String.join(", ", figures) + ")");
      }
      if (!figures.isEmpty() && condition.isBare()) {
        throw new IllegalArgumentException("\"" + condition.name() + "\" needs a number, such as "
            + condition.name() + " 1");
      }
    }
    return step;
  }

  private static String unquote(String text) {
    boolean quoted = text.length() >= 2
        && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"));
    return quoted ? text.substring(1, text.length() - 1) : text;
  }
}
