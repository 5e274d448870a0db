package org.bglab.simulator.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bglab.simulator.scenario.ExpectStep.Subject;

/** Reads an {@code expect WHAT: CONDITIONS} line. */
final class ExpectParser {

  private static final String KINDS = "last N requests [to SERVICE], all requests [to SERVICE],"
      + " endpoints [SERVICE] [by image], ready pods [by image], connections [SERVICE], last patch [SERVICE],"
      + " counts, output, error";

  private ExpectParser() {}

  static ExpectStep parse(int line, String text) {
    String rest = text.substring("expect".length()).strip();
    int colon = rest.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("expected expect WHAT: CONDITIONS, such as expect all requests: failed 0");
    }
    List<String> head = new ArrayList<>(Arrays.asList(rest.substring(0, colon).strip().split("\\s+")));
    String body = rest.substring(colon + 1).strip();
    if (body.isEmpty()) {
      throw new IllegalArgumentException("nothing expected after the colon");
    }
    String first = head.get(0);
    if (head.size() == 1 && (first.equals("output") || first.equals("error"))) {
      Subject subject = first.equals("output") ? Subject.OUTPUT : Subject.ERROR;
      return new ExpectStep(line, text, subject, -1, null, false, List.of(), unquote(body));
    }
    boolean byImage = head.size() >= 3 && head.get(head.size() - 2).equals("by") && head.get(head.size() - 1).equals("image");
    if (byImage) {
      head = head.subList(0, head.size() - 2);
    }
    ExpectStep step = step(line, text, head, Condition.parseList(body), byImage);
    if (byImage && step.subject() != Subject.ENDPOINTS && step.subject() != Subject.READY_PODS) {
      throw new IllegalArgumentException("\"by image\" counts pods: it goes with endpoints and ready pods only");
    }
    return checked(step);
  }

  private static ExpectStep step(int line, String text, List<String> head, List<Condition> conditions, boolean byImage) {
    String first = head.get(0);
    int size = head.size();
    if (first.equals("last") && (size == 3 || size == 5) && head.get(2).matches("requests?")) {
      long last = ScenarioParser.parseLong(head.get(1), "the number of requests");
      if (last < 1) {
        throw new IllegalArgumentException("expect at least the last 1 request");
      }
      return new ExpectStep(line, text, Subject.REQUESTS, last, sentTo(head, 3), false, conditions, null);
    }
    if (first.equals("all") && (size == 2 || size == 4) && head.get(1).equals("requests")) {
      return new ExpectStep(line, text, Subject.REQUESTS, -1, sentTo(head, 2), false, conditions, null);
    }
    if (size <= 2 && (first.equals("endpoints") || first.equals("connections"))) {
      Subject subject = first.equals("endpoints") ? Subject.ENDPOINTS : Subject.CONNECTIONS;
      return new ExpectStep(line, text, subject, -1, size == 2 ? head.get(1) : null, byImage, conditions, null);
    }
    if (size == 2 && first.equals("ready") && head.get(1).equals("pods")) {
      return new ExpectStep(line, text, Subject.READY_PODS, -1, null, byImage, conditions, null);
    }
    if (size <= 3 && first.equals("last") && size >= 2 && head.get(1).equals("patch")) {
      return new ExpectStep(line, text, Subject.PATCH, -1, size == 3 ? head.get(2) : null, false, conditions, null);
    }
    if (size == 1 && first.equals("counts")) {
      return new ExpectStep(line, text, Subject.COUNTS, -1, null, false, conditions, null);
    }
    throw new IllegalArgumentException("unknown expectation \"" + String.join(" ", head) + "\" (expected one of: "
        + KINDS + ")");
  }

  /** The Service of {@code ... requests to SERVICE}, the words from {@code at} on, or {@code null}. */
  private static String sentTo(List<String> head, int at) {
    if (head.size() == at) {
      return null;
    }
    if (!head.get(at).equals("to")) {
      throw new IllegalArgumentException("expected \"to SERVICE\" after \"requests\", got \"" + head.get(at) + "\"");
    }
    return head.get(at + 1);
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
