package org.bglab.lesson;

import java.util.List;
import java.util.Optional;
import org.bglab.quiz.Choice;
import org.bglab.quiz.MultipleChoice;
import org.commonmark.node.Node;

/** One piece of a lesson section: Markdown prose or one of the lesson directives. */
public sealed interface LessonBlock {

  /** The command lines this block names (none for prose, questions and hints). */
  default List<CommandText> commands() {
    return List.of();
  }

  /** A Markdown block (paragraph, list, quote, plain code) shown as text. */
  record Prose(Node node) implements LessonBlock {}

  /**
   * A {@code bglab run} block: command lines run live, their real output shown.
   *
   * @param lines the command lines in order
   * @param expectedExit the exit code each command is expected to end with (default 0)
   * @param parts the report parts shown (see {@link ReportExcerpt}); empty for the whole report
   */
  record Experiment(List<CommandText> lines, int expectedExit, List<String> parts)
      implements LessonBlock {
    /** An experiment with immutable copies of its lines and parts. */
    public Experiment {
      lines = List.copyOf(lines);
      parts = List.copyOf(parts);
    }

    @Override
    public List<CommandText> commands() {
      return lines;
    }

    /** What the lesson shows of {@code output}: the whole of it, or the parts it names. */
    public String shown(String output) {
      return parts.isEmpty() ? output : ReportExcerpt.of(output, parts);
    }
  }

  /**
   * A {@code bglab chart} block: a small chart drawn in the terminal from the CSV printed by a
   * real run.
   *
   * @param data the command whose CSV output holds the numbers
   * @param x the CSV column along the horizontal axis
   * @param y the CSV column plotted
   * @param series the CSV column that splits rows into series, if any
   * @param style how to draw it
   * @param fullChart the {@code bglab chart} command that writes the full chart as files, if any
   */
  record Chart(CommandText data, String x, String y, Optional<String> series, ChartStyle style,
      Optional<CommandText> fullChart) implements LessonBlock {
    @Override
    public List<CommandText> commands() {
      return fullChart.map(full -> List.of(data, full)).orElse(List.of(data));
    }
  }

  /**
   * A {@code question} block: a {@link MultipleChoice} (prompt, lettered choices with feedback
   * each, the key), the same model as a quiz question's.
   *
   * @param asked the prompt (which may span lines), the choices and the key
   * @param line the 1-based line of the block's opening fence
   */
  record Question(MultipleChoice asked, int line) implements LessonBlock {

    /** The question text. */
    public String prompt() {
      return asked.prompt();
    }

    /** The options, lettered A, B, C... in order; each one's explanation is its feedback. */
    public List<Choice> choices() {
      return asked.choices();
    }

    /** The letter of the right option. */
    public String key() {
      return asked.key();
    }

    /** The choice with {@code letter}, if there is one. */
    public Optional<Choice> choice(String letter) {
      return asked.choice(letter);
    }

    /** The letter of the last choice. */
    public String lastLetter() {
      return choices().get(choices().size() - 1).letter();
    }
  }

  /**
   * A {@code hint} block, shown only when the student asks for it.
   *
   * @param text the hint
   * @param line the 1-based line of the block's opening fence
   */
  record Hint(String text, int line) implements LessonBlock {}
}
