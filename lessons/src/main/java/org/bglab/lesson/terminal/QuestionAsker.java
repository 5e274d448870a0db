package org.bglab.lesson.terminal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bglab.lesson.LessonBlock;
import org.bglab.lesson.progress.QuestionRecord;
import org.bglab.quiz.Choice;

/**
 * Asks one question until it is answered right: each answer gets its own feedback at once;
 * {@code h} shows the hint, {@code q} stops. Ends when the answers end, so it never loops on
 * empty input.
 */
final class QuestionAsker {

  private final Answers answers;
  private final PrintWriter out;
  private final Palette palette;
  private final int width;

  QuestionAsker(Answers answers, PrintWriter out, Palette palette, int width) {
    this.answers = answers;
    this.out = out;
    this.palette = palette;
    this.width = width;
  }

  /**
   * Asks {@code question}; returns how it went, or empty when the student stopped (q or end of
   * input) before answering right.
   */
  Optional<QuestionRecord> ask(LessonBlock.Question question, String title,
      List<LessonBlock.Hint> hints) {
    QuestionView.lines(title, question.asked(), width, palette).forEach(out::println);
    String letters = "A-" + question.lastLetter();
    int attempts = 0;
    while (true) {
      Optional<String> typed =
          answers.next("Your answer (" + letters + ", h for a hint, q to stop): ");
      if (typed.isEmpty()) {
        return Optional.empty();
      }
      String answer = typed.get().strip().toUpperCase(Locale.ROOT);
      if (answer.equals("Q")) {
        return Optional.empty();
      }
      if (answer.equals("H") || answer.equals("?")) {
        showHints(hints);
        continue;
      }
      Optional<Choice> choice =
          answer.length() == 1 ? question.choice(answer) : Optional.empty();
      if (choice.isEmpty()) {
        if (!answer.isEmpty()) {
          out.println("  '" + typed.get().strip() + "' is not one of the options; type a letter"
              + " from " + letters + ".");
        }
        continue;
      }
      attempts++;
      boolean right = choice.get().letter().equals(question.key());
      String verdict = right ? palette.good("✔ Correct.") : palette.bad("✘ Not this one.");
      TextWrap.wrap(verdict + " " + choice.get().explanation(), width, "  ", "  ")
          .forEach(out::println);
      if (right) {
        out.println();
        return Optional.of(new QuestionRecord(attempts, true));
      }
      out.println("  Try again" + (hints.isEmpty() ? "." : ", or type h for a hint."));
    }
  }

  /** Prints {@code hints}, or says there is none. */
  void showHints(List<LessonBlock.Hint> hints) {
    if (hints.isEmpty()) {
      out.println("  There is no hint here; the text above has what you need.");
      return;
    }
    String lead = "  " + palette.bold("Hint:") + " ";
    for (LessonBlock.Hint hint : hints) {
      for (String paragraph : hint.text().split("\n\\s*\n")) {
        TextWrap.wrap(paragraph.replace('\n', ' '), width, lead, "        ").forEach(out::println);
        lead = "        ";
      }
    }
    out.flush();
  }
}
