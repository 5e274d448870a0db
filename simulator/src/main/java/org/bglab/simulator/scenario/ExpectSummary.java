package org.bglab.simulator.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an {@code expect} line measured, in a few words for reports that show many runs side by
 * side: {@code model-service: 0/1000 failed, 1000 to blue}, {@code ready pods: model:v1 3},
 * {@code endpoints model-service: green 3}. The values the line's conditions name come first.
 */
final class ExpectSummary {

  private ExpectSummary() {}

  /** The summary of what {@code step} measured. */
  static String of(ExpectStep step, Measured measured) {
    if (measured.problem() != null) {
      return label(step) + ": " + measured.problem();
    }
    if (step.subject() == ExpectStep.Subject.REQUESTS) {
      return (step.target() == null ? "" : step.target() + ": ") + requests(step, measured);
    }
    return label(step) + ": " + step.describe(measured);
  }

  /** The line's subject without {@code expect} and {@code by image}: {@code endpoints model-service}. */
  private static String label(ExpectStep step) {
    String text = step.text().strip().substring("expect".length()).strip();
    String head = text.substring(0, Math.max(0, text.indexOf(':'))).strip();
    return head.endsWith(" by image") ? head.substring(0, head.length() - " by image".length()) : head;
  }

  /**
   * {@code 0/1000 failed, 1000 to blue}: the counts the conditions name, the first as a share of
   * the requests measured, then the other deployments reached and the failures with their reasons.
   */
  private static String requests(ExpectStep step, Measured measured) {
    if (measured.total() == 0) {
      return "no requests";
    }
    List<String> names = new ArrayList<>(measured.values().keySet());
    int failedAt = names.indexOf("failed");
    List<String> reasons = names.subList(failedAt + 1, names.size());
    Set<String> shown = new LinkedHashSet<>();
    for (Condition condition : step.conditions()) {
      if (!condition.name().equals("none")) {
        shown.add(reasons.contains(condition.name()) ? "failed" : condition.name());
      }
    }
    names.subList(0, failedAt + 1).stream().filter(name -> measured.get(name).signum() != 0).forEach(shown::add);
    List<String> parts = new ArrayList<>();
    for (String name : shown) {
      String count = measured.get(name).toPlainString() + (parts.isEmpty() ? "/" + measured.total() : "");
      parts.add(name.equals("failed")
          ? count + " failed" + why(measured, reasons)
          : count + " to " + name);
    }
    return String.join(", ", parts);
  }

  private static String why(Measured measured, List<String> reasons) {
    List<String> nonZero = reasons.stream().filter(reason -> measured.get(reason).signum() != 0).toList();
    if (nonZero.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String reason : nonZero) {
      BigDecimal count = measured.get(reason);
      parts.add((nonZero.size() > 1 ? count.toPlainString() + " " : "") + reason.replace('-', ' '));
    }
    return " (" + String.join(", ", parts) + ")";
  }
}
