package org.bglab.simulator.scenario;

/** {@code wait DURATION}: lets simulated time pass, with whatever the cluster does meanwhile. */
record WaitStep(int line, String text, long duration) implements Step {

  @Override
  public void run(ScenarioRunner runner) {
    runner.record(new TranscriptEntry.Wait(line, runner.cluster().now(), duration));
    runner.advanceTo(runner.cluster().now() + duration);
  }
}
