package org.bglab.quiz;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.scenario.Scenario;
import org.bglab.simulator.scenario.ScenarioRun;
import org.bglab.simulator.scenario.ScenarioSyntaxException;
import org.bglab.simulator.scenario.TranscriptEntry;

/**
 * Runs a {@link ScenarioCheck}: for every option, its scenario (setup, then the option's steps,
 * then the measuring steps) on a fresh simulated cluster. The option meets the condition when
 * every {@code expect} line of the measuring steps holds; {@code expect} lines among the option's
 * own steps (a test the option's runbook performs, say) are reported but do not decide.
 */
public final class ScenarioTrials {

  private ScenarioTrials() {}

  /** Runs every option of {@code question}. */
  static CheckResult check(Question question, ScenarioCheck check) {
    List<OptionResult> results = new ArrayList<>();
    for (String letter : question.letters()) {
      ScenarioScript script = script(check, letter);
      Scenario scenario;
      try {
        scenario = Scenario.parse(question.source(), script.text());
      } catch (ScenarioSyntaxException ex) {
        return CheckResult.failed(question, problem(script, ex).render());
      }
      ScenarioRun run;
      try {
        run = scenario.run();
      } catch (RuntimeException ex) {
        return CheckResult.failed(question, question.source() + ": option " + letter
            + ": the scenario stopped: " + ex.getMessage());
      }
      String setupFailure = setupFailure(run, script);
      if (!setupFailure.isEmpty()) {
        return CheckResult.failed(question, "option " + letter + ": " + setupFailure);
      }
      List<TranscriptEntry.Expectation> deciding = run.expectations().stream()
          .filter(e -> script.partOf(e.line()) == ScenarioScript.Part.MEASURE)
          .toList();
      boolean meets = !deciding.isEmpty()
          && deciding.stream().allMatch(TranscriptEntry.Expectation::passed);
      results.add(new OptionResult(letter, meets, ScenarioEvidence.describe(run, script)));
    }
    return new CheckResult(question, "", results, "");
  }

  /**
   * Reads (without running) every option's scenario of every scenario question, and reports
   * each line the scenario reader rejects at its line in the question file, plus a measuring
   * block without any {@code expect} line.
   */
  public static List<Problem> validate(List<Question> questions) {
    List<Problem> problems = new ArrayList<>();
    for (Question question : questions) {
      if (!(question.check() instanceof ScenarioCheck check)) {
        continue;
      }
      if (check.measure().text().lines().noneMatch(l -> l.strip().startsWith("expect "))) {
        problems.add(new Problem(question.source(), check.measure().firstLine(),
            "measure has no expect line: the condition must be stated by expect lines"));
      }
      for (String letter : question.letters()) {
        ScenarioScript script = script(check, letter);
        try {
          Scenario.parse(question.source(), script.text());
        } catch (ScenarioSyntaxException ex) {
          Problem problem = problem(script, ex);
          if (!problems.contains(problem)) {
            problems.add(problem);
          }
        }
      }
    }
    return problems;
  }

  /** The first setup line that failed (a kubectl error or an expectation), or empty. */
  private static String setupFailure(ScenarioRun run, ScenarioScript script) {
    for (TranscriptEntry entry : run.transcript()) {
      if (script.partOf(entry.line()) != ScenarioScript.Part.SETUP) {
        continue;
      }
      String where = script.source() + ":" + script.fileLine(entry.line()) + ": setup ";
      if (entry instanceof TranscriptEntry.Command command && command.failed()) {
        return where + "command failed: " + command.output().strip().lines().findFirst().orElse("");
      }
      if (entry instanceof TranscriptEntry.Expectation expectation && !expectation.passed()) {
        return where + "expectation did not hold: " + expectation.text().strip() + " (found "
            + expectation.actual() + ")";
      }
    }
    return "";
  }

  private static ScenarioScript script(ScenarioCheck check, String letter) {
    ScriptText option = check.scenarios().getOrDefault(letter, ScriptText.empty(""));
    return new ScenarioScript(check.setup(), option, check.measure());
  }

  private static Problem problem(ScenarioScript script, ScenarioSyntaxException ex) {
    return new Problem(ex.source(), script.fileLine(ex.line()), ex.problem());
  }
}
