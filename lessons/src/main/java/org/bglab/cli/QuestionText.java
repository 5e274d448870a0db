package org.bglab.cli;

import org.bglab.lesson.terminal.TextWrap;
import org.bglab.quiz.Choice;
import org.bglab.quiz.Question;

/** A question as the student sees it in the terminal: title, prompt, code, lettered options. */
final class QuestionText {

  private QuestionText() {}

  /**
   * {@code question}, number {@code number} of {@code total}, wrapped to {@code width} columns,
   * ending with a blank line.
   */
  static String render(Question question, int number, int total, int width) {
    StringBuilder text = new StringBuilder();
    TextWrap.wrap("Question " + number + " of " + total + ": " + question.title(), width, "", "")
        .forEach(line -> text.append(Terminal.bold(line)).append('\n'));
    text.append('\n').append(Paragraphs.wrap(question.prompt(), "", width));
    if (!question.code().isEmpty()) {
      text.append('\n');
      question.code().lines()
          .forEach(line -> TextWrap.code(line, width, "    ")
              .forEach(piece -> text.append(piece).append('\n')));
    }
    text.append('\n');
    for (Choice choice : question.choices()) {
      String body = Paragraphs.wrap(choice.text(), "     ", width);
      text.append("  ").append(choice.letter()).append(")").append(body.substring(4));
    }
    text.append('\n');
    return text.toString();
  }
}
