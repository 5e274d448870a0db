package org.bglab.simulator.scenario;

/** A {@code #} comment line: it changes nothing, and the transcript shows it where it stands. */
record CommentStep(int line, String text) implements Step {

  @Override
  public void run(ScenarioRunner runner) {
    runner.record(new TranscriptEntry.Comment(line, runner.cluster().now(), text));
  }
}
