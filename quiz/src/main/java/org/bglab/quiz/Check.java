package org.bglab.quiz;

/**
 * How a question's key is proved: something is run for every option, and the check holds only
 * when the keyed option meets the question's condition and no other option does.
 */
public sealed interface Check permits OutputCheck, ScenarioCheck {

  /** The condition an option must meet to be the right answer, in words. */
  String condition();
}
