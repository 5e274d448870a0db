package org.bglab.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the check of a question for every option and says whether its key is proved.
 */
public final class KeyChecker {

  private KeyChecker() {}

  /** Runs {@code question}'s check. */
  public static CheckResult check(Question question) {
    Check check = question.check();
    if (check instanceof OutputCheck output) {
      return checkOutput(question, output);
    }
    if (check instanceof ScenarioCheck scenario) {
      return ScenarioTrials.check(question, scenario);
    }
    return CheckResult.failed(question, "the question has no check");
  }

  private static CheckResult checkOutput(Question question, OutputCheck check) {
    SnippetRun run = SnippetRunner.standard().run(question.code());
    if (run.outcome() == SnippetRun.Outcome.NOT_STARTED) {
      return CheckResult.failed(question, run.describe());
    }
    List<OptionResult> results = new ArrayList<>();
    if (!run.completed()) {
      for (String letter : question.letters()) {
        results.add(new OptionResult(letter, false, run.describe()));
      }
      return new CheckResult(question, "", results, "");
    }
    String printed = normalise(run.output());
    for (String letter : question.letters()) {
      String predicted = normalise(check.outputs().getOrDefault(letter, ""));
      boolean same = predicted.equals(printed);
      results.add(new OptionResult(letter, same, same ? "the same text" : "other text"));
    }
    return new CheckResult(question, "JShell ran the code shown, in a JVM of its own, and it"
        + " printed \"" + SnippetRun.quoted(printed) + "\"", results, "");
  }

  /** Output compared line by line, ignoring trailing spaces and final line breaks. */
  static String normalise(String text) {
    return text.replace("\r\n", "\n").lines().map(String::stripTrailing)
        .reduce((a, b) -> a + "\n" + b).orElse("").stripTrailing();
  }

  /** Checks of every question in order. */
  public static List<CheckResult> checkAll(List<Question> questions) {
    return questions.stream().map(KeyChecker::check).toList();
  }
}
