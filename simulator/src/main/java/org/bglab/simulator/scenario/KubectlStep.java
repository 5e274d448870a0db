package org.bglab.simulator.scenario;

import java.util.List;
import org.bglab.simulator.cluster.KubectlResult;

/** A {@code kubectl ...} line, already split into words as a shell would. */
record KubectlStep(int line, String text, List<String> words) implements Step {

  @Override
  public void run(ScenarioRunner runner) {
    long at = runner.cluster().now();
    int slot = runner.reserve();
    KubectlResult result = runner.kubectl().run(words);
    runner.lastCommand(result);
    runner.fill(slot, new TranscriptEntry.Command(line, at, text, result.output(), result.failed()));
  }
}
