package org.bglab.quiz;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.input.InputError;

/**
 * Answers given in one go, one letter per question in order, as in {@code B,D,A,A,C}.
 *
 * @param letters the answers, upper-case, one per question
 */
public record AnswerSheet(List<String> letters) {

  /** Defensive copy. */
  public AnswerSheet {
    letters = List.copyOf(letters);
  }

  /**
   * Reads {@code text} against {@code questions}: exactly one answer per question, each a letter
   * of that question's options (case does not matter).
   *
   * @throws InputError saying which answer is wrong and what is accepted
   */
  public static AnswerSheet parse(String text, List<Question> questions) {
    String[] parts = text.split(",", -1);
    if (parts.length != questions.size()) {
      throw new InputError("expected " + questions.size()
          + " answers separated by commas (one per question), got " + parts.length);
    }
    List<String> letters = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      Question question = questions.get(i);
      String letter = parts[i].strip().toUpperCase(java.util.Locale.ROOT);
      if (question.choice(letter).isEmpty() || letter.isEmpty()) {
        throw new InputError("answer " + (i + 1) + " '" + parts[i].strip()
            + "' is not an option of question " + (i + 1) + " (" + question.id() + "): use one of "
            + String.join(", ", question.letters()));
      }
      letters.add(letter);
    }
    return new AnswerSheet(letters);
  }
}
