package org.bglab.cli;

import org.bglab.quiz.Choice;
import org.bglab.quiz.Question;

/** A question as the student sees it in the terminal: title, prompt, code, lettered options. */
final class QuestionText {

  private QuestionText() {}

  /** {@code question}, number {@code number} of {@code total}, ending with a blank line. */
  static String render(Question question, int number, int total) {
    StringBuilder text = new StringBuilder();
    text.append(Terminal.bold("Question " + number + " of " + total + ": " + question.title()))
        .append("\n\n")
        .append(Paragraphs.wrap(question.prompt(), ""));
    if (!question.code().isEmpty()) {
      text.append('\n');
      question.code().lines().forEach(line -> text.append("    ").append(line).append('\n'));
    }
    text.append('\n');
    for (Choice choice : question.choices()) {
      String body = Paragraphs.wrap(choice.text(), "     ");
      text.append("  ").append(choice.letter()).append(")").append(body.substring(4));
    }
    text.append('\n');
    return text.toString();
  }
}
