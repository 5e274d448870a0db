package org.bglab.simulator.scenario;

/** {@code wait DURATION}: lets simulated time pass, with whatever the cluster does meanwhile. */
record WaitStep(int line, String text, long duration) implements Step {

  @Override
  public void run(ScenarioRunner runner) {
    long end;
    try {
      end = Math.addExact(runner.cluster().now(), duration);
    } catch (ArithmeticException ex) {
      throw new IllegalArgumentException("line " + line + ": '" + text + "' would take the"
          + " scenario clock past its end (about 292 years of simulated time, counted in nanoseconds)");
    }
    runner.record(new TranscriptEntry.Wait(line, runner.cluster().now(), duration));
    runner.advanceTo(end);
  }
}
