package org.bglab.quiz;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.scenario.ScenarioRun;
import org.bglab.simulator.scenario.TranscriptEntry;

/**
 * What one option's scenario showed, in the numbers that decide: any kubectl command of the option
 * that failed, what the option's own tests measured ({@code tested green-test: 200/200 failed (model
 * error), 200 to green}), then what the measuring {@code expect} lines measured
 * ({@code model-service: 0/1000 failed, 1000 to blue}); the parts are separated by {@code " / "}.
 */
final class ScenarioEvidence {

  private ScenarioEvidence() {}

  /** The evidence of {@code run}, the scenario joined as {@code script}. */
  static String describe(ScenarioRun run, ScenarioScript script) {
    List<String> parts = new ArrayList<>();
    for (TranscriptEntry entry : run.transcript()) {
      ScenarioScript.Part part = script.partOf(entry.line());
      if (entry instanceof TranscriptEntry.Command command && command.failed() && part == ScenarioScript.Part.OPTION) {
        parts.add("kubectl said " + command.output().strip().lines().findFirst().orElse(""));
      } else if (entry instanceof TranscriptEntry.Expectation expectation && part != ScenarioScript.Part.SETUP) {
        parts.add((part == ScenarioScript.Part.OPTION ? "tested " : "") + expectation.summary());
      }
    }
    return parts.isEmpty() ? "nothing measured" : String.join(" / ", parts);
  }
}
