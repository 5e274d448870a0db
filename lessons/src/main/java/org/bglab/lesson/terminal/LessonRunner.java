package org.bglab.lesson.terminal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bglab.lesson.Commands;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.LessonBlock;
import org.bglab.lesson.Section;
import org.bglab.lesson.progress.QuestionRecord;

/**
 * Takes a student through one lesson: shows it a section at a time (waiting for Enter at a
 * terminal), runs each experiment and shows its real output, draws the charts, and asks each
 * question until it is answered right. At a question, {@code h} shows the hints written before
 * it in its section (since the previous question), or else every hint of the section. Stops
 * cleanly on {@code q} or at the end of input.
 */
public final class LessonRunner {

  private final Answers answers;
  private final PrintWriter out;
  private final Palette palette;
  private final int width;
  private final MarkdownText markdown;
  private final ExperimentView experiments;
  private final QuestionAsker asker;

  /** A runner that runs experiments with {@code commands} and reads from {@code answers}. */
  public LessonRunner(
      Commands commands, Answers answers, PrintWriter out, Palette palette, int width) {
    this.answers = answers;
    this.out = out;
    this.palette = palette;
    this.width = width;
    this.markdown = new MarkdownText(width, palette);
    this.experiments = new ExperimentView(commands, out, palette, width);
    this.asker = new QuestionAsker(answers, out, palette, width);
  }

  /** Runs {@code lesson}, number {@code number} of {@code total}, from its start. */
  public LessonOutcome run(Lesson lesson, int number, int total) {
    return run(lesson, number, total, 0);
  }

  /**
   * Runs {@code lesson} from its 0-based section {@code from}, where the student stopped last
   * time; the questions of the sections before it keep their numbers but are not asked.
   */
  public LessonOutcome run(Lesson lesson, int number, int total, int from) {
    Map<String, QuestionRecord> results = new LinkedHashMap<>();
    String title = "Lesson " + number + " of " + total + ": " + lesson.title();
    ruled("━━ ", title, "━", "");
    out.println(palette.dim("   (" + lesson.id() + ")"));
    if (answers.interactive()) {
      out.println(palette.dim("   Enter shows the next section, h a hint, q stops."
          + " Finished lessons are remembered."));
    }
    out.println();
    int start = Math.max(0, Math.min(from, lesson.sections().size() - 1));
    if (start == 0) {
      lesson.intro().forEach(this::show);
    }
    int asked = 0;
    int questions = lesson.questions().size();
    for (int s = 0; s < lesson.sections().size(); s++) {
      Section section = lesson.sections().get(s);
      if (s < start) {
        asked += (int) section.blocks().stream().filter(LessonBlock.Question.class::isInstance)
            .count();
        continue;
      }
      if (s > start && !pause(lesson.sections().get(s - 1))) {
        return new LessonOutcome(false, results, s);
      }
      ruled("── ", section.heading(), "─", " " + (s + 1) + "/" + lesson.sections().size());
      out.println();
      List<LessonBlock.Hint> hintsSoFar = new ArrayList<>();
      for (LessonBlock block : section.blocks()) {
        if (block instanceof LessonBlock.Hint hint) {
          hintsSoFar.add(hint);
        }
        if (block instanceof LessonBlock.Question question) {
          asked++;
          Optional<QuestionRecord> result = asker.ask(question,
              "Question " + asked + " of " + questions,
              hintsSoFar.isEmpty() ? section.hints() : List.copyOf(hintsSoFar));
          hintsSoFar.clear();
          if (result.isEmpty()) {
            return new LessonOutcome(false, results, s);
          }
          results.put(Integer.toString(asked), result.get());
        } else {
          show(block);
        }
      }
    }
    return new LessonOutcome(true, results, 0);
  }

  /**
   * {@code text} in bold after {@code lead}, the rest of the line filled with {@code rule} up to
   * {@code end}; a text too long for that is wrapped, and its last line carries the rule.
   */
  private void ruled(String lead, String text, String rule, String end) {
    List<String> lines = TextWrap.wrap(text, width - end.length() - 3, lead, " ".repeat(lead.length()));
    for (int i = 0; i < lines.size() - 1; i++) {
      out.println(palette.bold(lines.get(i)));
    }
    String last = lines.get(lines.size() - 1);
    out.println(palette.bold(last + " " + rule.repeat(Math.max(2, width - last.length() - 1
        - end.length())) + end));
  }

  private void show(LessonBlock block) {
    if (block instanceof LessonBlock.Prose prose) {
      markdown.lines(prose.node()).forEach(out::println);
    } else if (block instanceof LessonBlock.Experiment experiment) {
      experiments.show(experiment);
    } else if (block instanceof LessonBlock.Chart chart) {
      experiments.show(chart);
    } else if (block instanceof LessonBlock.Hint && answers.interactive()) {
      out.println(palette.dim("  (A hint is ready: type h at the next prompt.)"));
    } else {
      return;
    }
    out.println();
    out.flush();
  }

  /** Waits for Enter at a terminal; false when the student stops. */
  private boolean pause(Section finished) {
    if (!answers.interactive()) {
      return true;
    }
    List<LessonBlock.Hint> offered = finished.hints();
    while (true) {
      Optional<String> typed = answers.next(palette.dim("[Enter: next section"
          + (offered.isEmpty() ? "" : ", h: hint") + ", q: stop] "));
      if (typed.isEmpty() || typed.get().strip().equalsIgnoreCase("q")) {
        return false;
      }
      if (typed.get().strip().equalsIgnoreCase("h")) {
        asker.showHints(offered);
        continue;
      }
      out.println();
      return true;
    }
  }
}
