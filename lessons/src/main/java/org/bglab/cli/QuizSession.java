package org.bglab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.bglab.lesson.terminal.Answers;
import org.bglab.lesson.terminal.Palette;
import org.bglab.lesson.terminal.QuestionAsker;
import org.bglab.lesson.terminal.QuestionView;
import org.bglab.quiz.AnswerSheet;
import org.bglab.quiz.Choice;
import org.bglab.quiz.Question;

/**
 * One pass through the questions: each is shown, answered, and explained at once; the score comes
 * at the end. Answers come from a reader (the terminal or piped input, which may end at any time)
 * or from an {@link AnswerSheet}.
 */
final class QuizSession {

  private final List<Question> questions;
  private final PrintWriter out;
  private final String checkCommand;
  private final int width;

  /**
   * @param checkCommand the command that proves these questions' keys, named at the end when
   *     some answer was wrong
   * @param width the columns text is wrapped to
   */
  QuizSession(List<Question> questions, PrintWriter out, String checkCommand, int width) {
    this.questions = questions;
    this.out = out;
    this.checkCommand = checkCommand;
    this.width = width;
  }

  /**
   * Asks every question, reading the answers from {@code answers} (a terminal or piped input,
   * the same sources as a lesson's); stops early at end of input or on {@code q}.
   */
  int interactive(Answers answers) {
    Palette palette = new Palette(Terminal.ansi().enabled());
    QuestionAsker asker = new QuestionAsker(answers, out, palette, width);
    int right = 0;
    int answered = 0;
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      QuestionView.lines("Question " + (i + 1) + " of " + questions.size() + ": "
          + question.title(), question.asked(), width, palette).forEach(out::println);
      Optional<Choice> chosen = asker.choose(question.asked(), Optional.empty());
      if (chosen.isEmpty()) {
        out.println("Stopped after " + answered + " of " + questionCount() + ".");
        break;
      }
      answered++;
      right += feedback(question, chosen.get().letter()) ? 1 : 0;
    }
    return score(right);
  }

  /** Marks the answers of {@code sheet}, one per question in order. */
  int scripted(AnswerSheet sheet) {
    int right = 0;
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      out.println(Terminal.bold("Question " + (i + 1) + " of " + questions.size() + ": "
          + question.title()) + " (" + question.id() + ")");
      right += feedback(question, sheet.letters().get(i)) ? 1 : 0;
    }
    return score(right);
  }

  private boolean feedback(Question question, String letter) {
    Choice chosen = question.choice(letter).orElseThrow();
    Choice key = question.keyChoice();
    boolean right = chosen.letter().equals(key.letter());
    out.println();
    if (right) {
      out.print(headline("@|green,bold Right.|@", "Right.", key.letter() + ": " + key.text()));
      out.print(Paragraphs.wrap(key.explanation(), "  ", width));
    } else {
      out.print(headline("@|red,bold Not quite.|@", "Not quite.", "You chose " + chosen.letter()
          + "; the answer is " + key.letter() + ": " + key.text()));
      out.println("  Why not " + chosen.letter() + ":");
      out.print(Paragraphs.wrap(chosen.explanation(), "    ", width));
      out.println("  Why " + key.letter() + ":");
      out.print(Paragraphs.wrap(key.explanation(), "    ", width));
      out.println("  Common mistakes on this question:");
      question.mistakes().forEach(m -> out.print(Paragraphs.bullet(m, "    ", width)));
    }
    out.println();
    out.flush();
    return right;
  }

  /** {@code word} (coloured by {@code markup} when colour is on) and {@code text}, wrapped. */
  private String headline(String markup, String word, String text) {
    String wrapped = Paragraphs.wrap(word + " " + text, "", width);
    return Terminal.ansi().string(markup) + wrapped.substring(word.length());
  }

  /** "1 question", "5 questions". */
  private String questionCount() {
    return questions.size() + (questions.size() == 1 ? " question" : " questions");
  }

  private int score(int right) {
    out.println(Terminal.bold("Score: " + right + " of " + questions.size() + " right"));
    if (right < questions.size()) {
      out.println("To see each option played out, run: " + checkCommand);
    }
    out.flush();
    return right == questions.size() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
