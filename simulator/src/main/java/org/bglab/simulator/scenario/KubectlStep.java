package org.bglab.simulator.scenario;

import java.util.List;
import org.bglab.simulator.cluster.KubectlResult;

/**
 * A {@code kubectl ...} line, or a {@code bglab ...} line (one of bglab's additions to kubectl,
 * which real kubectl does not have), already split into words as a shell would.
 *
 * @param addition whether the line is a {@code bglab} line
 */
record KubectlStep(int line, String text, List<String> words, boolean addition) implements Step {

  @Override
  public void run(ScenarioRunner runner) {
    long at = runner.cluster().now();
    int slot = runner.reserve();
    KubectlResult result = addition ? runner.kubectl().runAddition(words) : runner.kubectl().run(words);
    runner.lastCommand(result);
    runner.fill(slot, new TranscriptEntry.Command(line, at, text, result.output(), result.failed()));
  }
}
