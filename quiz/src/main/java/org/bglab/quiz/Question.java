package org.bglab.quiz;

import java.util.List;
import java.util.Optional;

/**
 * A practice question of the quiz, as read from its file: a {@link MultipleChoice} with what the
 * quiz adds to it.
 *
 * @param id a short stable name, e.g. {@code switch-command}
 * @param title a few words shown above the prompt
 * @param asked the prompt, code, options and key
 * @param mistakes the mistakes students commonly make on this question
 * @param check how the key is proved by running something for every option
 * @param source the file it came from
 */
public record Question(
    String id,
    String title,
    MultipleChoice asked,
    List<String> mistakes,
    Check check,
    String source) {

  /** Defensive copy. */
  public Question {
    mistakes = List.copyOf(mistakes);
  }

  /** The question itself. */
  public String prompt() {
    return asked.prompt();
  }

  /** The code snippet shown under the prompt (empty when the question has none). */
  public String code() {
    return asked.code();
  }

  /** The options, lettered {@code A}, {@code B}, ... in order. */
  public List<Choice> choices() {
    return asked.choices();
  }

  /** The letter of the right option. */
  public String key() {
    return asked.key();
  }

  /** The option with {@code letter} (case-insensitive), if the question has one. */
  public Optional<Choice> choice(String letter) {
    return asked.choice(letter);
  }

  /** The right option. */
  public Choice keyChoice() {
    return asked.keyChoice();
  }

  /** The letters of the options, e.g. {@code [A, B, C, D]}. */
  public List<String> letters() {
    return asked.letters();
  }

  /** This question with another key, as an instructor's typo would make it. */
  public Question withKey(String otherKey) {
    return new Question(id, title, asked.withKey(otherKey), mistakes, check, source);
  }
}
