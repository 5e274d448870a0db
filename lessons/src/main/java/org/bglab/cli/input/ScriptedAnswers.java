package org.bglab.cli.input;

import java.util.List;
import java.util.Locale;
import org.bglab.lesson.LessonBlock;
import org.bglab.simulator.input.InputError;

/**
 * Checks {@code lesson --answers} against the questions they will meet before the lesson runs,
 * as {@code quiz --answers} does: each item is one attempt (a letter, h for a hint, q to stop),
 * a wrong letter is another attempt at the same question, and the answers must reach the last
 * question's right answer or end with q.
 */
public final class ScriptedAnswers {

  private ScriptedAnswers() {}

  /**
   * @param answers the items of {@code --answers}, stripped
   * @param questions the questions in the order they will be asked
   * @param firstNumber the number of the first of them in the lesson
   * @throws InputError naming the first item that cannot work, or saying that they run out
   */
  public static void check(List<String> answers, List<LessonBlock.Question> questions, int firstNumber) {
    int q = 0;
    for (int i = 0; i < answers.size() && q < questions.size(); i++) {
      String answer = answers.get(i).toUpperCase(Locale.ROOT);
      if (answer.equals("Q")) {
        return;
      }
      if (answer.equals("H") || answer.equals("?")) {
        continue;
      }
      LessonBlock.Question question = questions.get(q);
      if (answer.length() != 1 || question.choice(answer).isEmpty()) {
        throw new InputError("--answers: item " + (i + 1) + " '" + answers.get(i)
            + "' is not an option of question " + (firstNumber + q) + ": use a letter from A to "
            + question.lastLetter() + ", h for a hint or q to stop");
      }
      if (answer.equals(question.key())) {
        q++;
      }
    }
    if (q < questions.size()) {
      throw new InputError("--answers: the " + answers.size() + " answer"
          + (answers.size() == 1 ? "" : "s") + " run out before question " + (firstNumber + q)
          + " of this lesson is answered right; give one item per attempt until the last"
          + " question, or end with q to stop early");
    }
  }
}
