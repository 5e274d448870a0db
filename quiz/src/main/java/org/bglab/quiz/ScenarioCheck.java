package org.bglab.quiz;

import java.util.Map;

/**
 * The check of a question about operating a cluster: for every option a scenario is run on a
 * fresh simulated cluster, made of the common {@code setup}, the option's own steps and the
 * common measuring steps, whose {@code expect} lines state the condition. An option meets the
 * condition when every one of those expectations holds.
 *
 * @param condition the condition in words
 * @param setup steps run first for every option (may be empty)
 * @param scenarios each option's steps, by letter
 * @param measure steps run after each option's steps; their {@code expect} lines state the
 *     condition
 */
public record ScenarioCheck(
    String condition, ScriptText setup, Map<String, ScriptText> scenarios, ScriptText measure)
    implements Check {

  /** Defensive copy. */
  public ScenarioCheck {
    scenarios = Map.copyOf(scenarios);
  }
}
