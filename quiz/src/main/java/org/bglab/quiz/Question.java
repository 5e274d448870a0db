package org.bglab.quiz;

import java.util.List;
import java.util.Optional;

/**
 * A practice question, as read from its file.
 *
 * @param id a short stable name, e.g. {@code switch-command}
 * @param title a few words shown above the prompt
 * @param prompt the question itself
 * @param code a code snippet shown under the prompt (empty when the question has none)
 * @param choices the options, lettered {@code A}, {@code B}, ... in order
 * @param key the letter of the right option
 * @param mistakes the mistakes students commonly make on this question
 * @param check how the key is proved by running something for every option
 * @param source the file it came from
 */
public record Question(
    String id,
    String title,
    String prompt,
    String code,
    List<Choice> choices,
    String key,
    List<String> mistakes,
    Check check,
    String source) {

  /** Defensive copies. */
  public Question {
    choices = List.copyOf(choices);
    mistakes = List.copyOf(mistakes);
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

  /** This question with another key, as an instructor's typo would make it. */
  public Question withKey(String otherKey) {
    return new Question(id, title, prompt, code, choices, otherKey, mistakes, check, source);
  }
}
