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
    SnippetRun run;
    try {
      run = SnippetRunner.run(question.code());
    } catch (RuntimeException | LinkageError ex) {
      return CheckResult.failed(question, "JShell could not run the code (it needs a full JDK,"
          + " not a JRE): " + ex);
    }
    if (!run.completed()) {
      return CheckResult.failed(question, "the code did not run: " + run.error());
    }
    String printed = normalise(run.output());
    List<OptionResult> results = new ArrayList<>();
    for (String letter : question.letters()) {
      String predicted = normalise(check.outputs().getOrDefault(letter, ""));
      boolean same = predicted.equals(printed);
      results.add(new OptionResult(letter, same, same ? "the same text" : "other text"));
    }
    return new CheckResult(question, "JShell ran the code shown and it printed \""
        + printed.replace("\n", "\\n") + "\"", results, "");
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
