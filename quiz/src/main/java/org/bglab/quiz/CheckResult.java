package org.bglab.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a question's check: what every option did. The check holds when the keyed
 * option met the condition and no other option did, so a wrong key makes it fail.
 *
 * @param question the question checked
 * @param observation what was seen once for all options (e.g. what the code printed), or empty
 * @param options one result per option, in letter order
 * @param error why the check could not run (e.g. a scenario line the cluster rejected), or empty
 */
public record CheckResult(
    Question question, String observation, List<OptionResult> options, String error) {

  /** Defensive copy. */
  public CheckResult {
    options = List.copyOf(options);
  }

  /** A check that could not be run. */
  public static CheckResult failed(Question question, String error) {
    return new CheckResult(question, "", List.of(), error);
  }

  /** Whether the check holds: it ran, the key meets the condition, and nothing else does. */
  public boolean passed() {
    return error.isEmpty() && keyMeets() && othersMeeting().isEmpty();
  }

  private boolean keyMeets() {
    return options.stream()
        .anyMatch(o -> o.letter().equals(question.key()) && o.meetsCondition());
  }

  private List<String> othersMeeting() {
    return options.stream()
        .filter(o -> !o.letter().equals(question.key()) && o.meetsCondition())
        .map(OptionResult::letter)
        .toList();
  }

  /**
   * What each option did, the key first, options with the same evidence grouped (e.g.
   * {@code D: 1000/1000 to green, 0 failed; A, B: 1000 to blue}), and, when the check fails,
   * why.
   */
  public String evidence() {
    if (!error.isEmpty()) {
      return "could not run: " + error;
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    options.stream().filter(o -> o.letter().equals(question.key()))
        .forEach(o -> groups.computeIfAbsent(o.evidence(), e -> new ArrayList<>()).add(o.letter()));
    options.stream().filter(o -> !o.letter().equals(question.key()))
        .forEach(o -> groups.computeIfAbsent(o.evidence(), e -> new ArrayList<>()).add(o.letter()));
    List<String> parts = new ArrayList<>();
    if (!observation.isEmpty()) {
      parts.add(observation);
    }
    groups.forEach((evidence, letters) -> parts.add(String.join(", ", letters) + ": " + evidence));
    String text = String.join("; ", parts);
    if (!keyMeets()) {
      text += " -- the key " + question.key() + " does not meet the condition";
    }
    List<String> others = othersMeeting();
    if (!others.isEmpty()) {
      text += " -- " + String.join(", ", others) + (others.size() == 1 ? " meets" : " meet")
          + " the condition" + (keyMeets() ? " too" : " instead");
    }
    return text;
  }
}
