package org.bglab.lesson.terminal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bglab.lesson.LessonBlock;
import org.bglab.lesson.progress.QuestionRecord;
import org.bglab.quiz.Choice;
import org.bglab.quiz.MultipleChoice;

/**
 * The one terminal asker of a multiple-choice question, for lessons and the quiz alike: it reads
 * answers until one names an option ({@link #choose}), with {@code q} to stop and, in a lesson,
 * {@code h} for the hints. A lesson asks until the answer is right ({@link #ask}); the quiz takes
 * one answer and explains it itself. Ends when the answers end, so it never loops on empty input.
 */
public final class QuestionAsker {

  private final Answers answers;
  private final PrintWriter out;
  private final Palette palette;
  private final int width;

  /**
   * @param answers where answers come from: the terminal, piped input or a script
   * @param out where prompts and feedback go
   * @param palette the colours, or none
   * @param width the columns text is wrapped to
   */
  public QuestionAsker(Answers answers, PrintWriter out, Palette palette, int width) {
    this.answers = answers;
    this.out = out;
    this.palette = palette;
    this.width = width;
  }

  /**
   * Reads answers until one is a letter of {@code question}'s options, and returns that option;
   * empty when the student typed {@code q} or the answers ended. With {@code hints} (a lesson's),
   * {@code h} or {@code ?} shows them and asks again; without (the quiz), those are not offered.
   */
  public Optional<Choice> choose(MultipleChoice question, Optional<List<LessonBlock.Hint>> hints) {
    List<String> letters = question.letters();
    String range = letters.get(0) + "-" + letters.get(letters.size() - 1);
    String prompt = "Your answer (" + range + (hints.isPresent() ? ", h for a hint" : "")
        + ", q to stop): ";
    while (true) {
      Optional<String> typed = answers.next(prompt);
      if (typed.isEmpty()) {
        return Optional.empty();
      }
      String answer = typed.get().strip().toUpperCase(Locale.ROOT);
      if (answer.equals("Q")) {
        return Optional.empty();
      }
      if (hints.isPresent() && (answer.equals("H") || answer.equals("?"))) {
        showHints(hints.get());
        continue;
      }
      Optional<Choice> choice =
          answer.length() == 1 ? question.choice(answer) : Optional.empty();
      if (choice.isPresent()) {
        return choice;
      }
      if (!answer.isEmpty()) {
        out.println("  '" + typed.get().strip() + "' is not one of the options; type a letter"
            + " from " + range + ".");
      }
    }
  }

  /**
   * Asks a lesson's {@code question} until it is answered right, each answer with its own
   * feedback at once; returns how it went, or empty when the student stopped (q or end of input)
   * before answering right.
   */
  Optional<QuestionRecord> ask(LessonBlock.Question question, String title,
      List<LessonBlock.Hint> hints) {
    QuestionView.lines(title, question.asked(), width, palette).forEach(out::println);
    int attempts = 0;
    while (true) {
      Optional<Choice> choice = choose(question.asked(), Optional.of(hints));
      if (choice.isEmpty()) {
        return Optional.empty();
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
