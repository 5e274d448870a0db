package org.bglab.quiz;

import java.util.List;
import java.util.Optional;

/**
 * A multiple-choice question as a student meets it, wherever it is written: a quiz file (read by
 * {@link QuestionReader}) or a lesson's {@code question} block (read by the lessons' Markdown
 * reader). The one model of a question's prompt, options and key.
 *
 * @param prompt the question itself; lines that start with spaces are code
 * @param code a snippet shown under the prompt, exactly as written (empty when there is none)
 * @param choices the options, lettered {@code A}, {@code B}, ... in order
 * @param key the letter of the right option
 */
public record MultipleChoice(String prompt, String code, List<Choice> choices, String key) {

  /** Defensive copy. */
  public MultipleChoice {
    choices = List.copyOf(choices);
  }

  /** The option with {@code letter} (case-insensitive), if the question has one. */
  public Optional<Choice> choice(String letter) {
    return choices.stream().filter(c -> c.letter().equalsIgnoreCase(letter.strip())).findFirst();
  }

  /** The right option. */
  public Choice keyChoice() {
    return choice(key).orElseThrow();
  }

  /** The letters of the options, e.g. {@code [A, B, C, D]}. */
  public List<String> letters() {
    return choices.stream().map(Choice::letter).toList();
  }

  /** This question with another key. */
  public MultipleChoice withKey(String otherKey) {
    return new MultipleChoice(prompt, code, choices, otherKey);
  }
}
