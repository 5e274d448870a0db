package org.bglab.lesson.terminal;

import java.util.ArrayList;
import java.util.List;
import org.bglab.quiz.Choice;
import org.bglab.quiz.MultipleChoice;

/**
 * A {@link MultipleChoice} question as the terminal shows it, in a lesson and in the quiz alike:
 * its title in bold, the prompt wrapped to the width (lines that start with two spaces are code,
 * kept as code), the question's code if it has some, and the lettered options, each with a
 * hanging indent; a blank line after each part.
 */
public final class QuestionView {

  private static final String INDENT = "  ";

  private QuestionView() {}

  /** The lines that show {@code question} under {@code title}, {@code width} columns wide. */
  public static List<String> lines(String title, MultipleChoice question, int width,
      Palette palette) {
    List<String> lines = new ArrayList<>();
    TextWrap.wrap(title, width, "", "").forEach(line -> lines.add(palette.bold(line)));
    lines.add("");
    lines.addAll(TextWrap.paragraphs(question.prompt(), width, INDENT, palette));
    if (!question.code().isEmpty()) {
      lines.add("");
      question.code().lines().forEach(line -> code(INDENT + INDENT + line, width, palette, lines));
    }
    lines.add("");
    for (Choice choice : question.choices()) {
      lines.addAll(TextWrap.wrap(choice.text(), width,
          INDENT + palette.bold(choice.letter() + ")") + " ", "     "));
    }
    lines.add("");
    return lines;
  }

  private static void code(String line, int width, Palette palette, List<String> lines) {
    TextWrap.code(line.substring(INDENT.length()), width, INDENT).forEach(piece -> lines.add(
        INDENT + palette.code(piece.substring(INDENT.length()))));
  }
}
