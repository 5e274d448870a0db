package org.bglab.simulator.scenario;

/** One line of a scenario that does something when the scenario runs. */
sealed interface Step permits CommentStep, KubectlStep, SendStep, ConnectionsStep, WaitStep, SettingStep,
    FaultyImageStep, ExpectStep {

  /** The line of the step in its source, counted from 1. */
  int line();

  /** The step as written, trimmed. */
  String text();

  /** Performs the step, recording what happened in the runner's transcript. */
  void run(ScenarioRunner runner);
}
