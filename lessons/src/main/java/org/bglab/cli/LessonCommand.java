package org.bglab.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.LessonBlock;
import org.bglab.lesson.progress.Progress;
import org.bglab.lesson.progress.QuestionRecord;
import org.bglab.lesson.terminal.Answers;
import org.bglab.lesson.terminal.LessonOutcome;
import org.bglab.lesson.terminal.LessonRunner;
import org.bglab.lesson.terminal.Palette;
import org.bglab.lesson.terminal.ProgressBar;
import org.bglab.lesson.terminal.TextWrap;
import org.bglab.simulator.input.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bglab lesson [ID|next]}: take one lesson, experiments and questions included. */
@Command(
    name = "lesson",
    mixinStandardHelpOptions = true,
    description = {
      "Take a lesson: read it a section at a time, watch its experiments run, answer its"
          + " questions (each answer gets feedback at once; h shows a hint, q stops). A lesson"
          + " is recorded as done when every question is answered right.",
      "Answers come from the terminal, from standard input when it is not a terminal, or"
          + " from --answers. 'lesson next' takes up a lesson where you stopped it."
    })
public final class LessonCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ID|next", defaultValue = "next",
      description = "A lesson number (1, 2, ...), a lesson id (see bglab lessons) or 'next',"
          + " the first lesson not done yet (default: ${DEFAULT-VALUE}).")
  String which;

  @Option(names = "--answers", paramLabel = "A,B,...", split = ",", hideParamSyntax = true,
      description = "Answers in order, one per attempt, instead of typing them: letters, h for"
          + " a hint, q to stop. They must answer every question right or end with q.")
  List<String> scripted;

  @Mixin LessonsDirOption lessons;


  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkAnswers();
    Optional<Classroom> opened = Classroom.open(lessons.dir(), err);
    if (opened.isEmpty()) {
      return ExitCodes.INPUT;
    }
    Classroom room = opened.get();
    Progress progress = room.store().load();
    Optional<Lesson> chosen = which.equalsIgnoreCase("next")
        ? room.curriculum().next(progress.done()) : room.curriculum().find(which);
    if (chosen.isEmpty()) {
      if (which.equalsIgnoreCase("next")) {
        out.println("Every lesson is done. Try the quiz next: ./bglab quiz. Take any lesson"
            + " again with ./bglab lesson NUMBER; ./bglab lessons lists them.");
        return ExitCodes.OK;
      }
      throw new InputError("no lesson '" + which + "'; give a number from 1 to "
          + room.curriculum().lessons().size() + ", a lesson id, or next (bglab lessons lists"
          + " them)");
    }
    Lesson lesson = chosen.get();
    int number = room.curriculum().numberOf(lesson);
    int from = which.equalsIgnoreCase("next")
        ? progress.resumeSection(lesson.id()).orElse(0) : 0;
    from = Math.max(0, Math.min(from, lesson.sections().size() - 1));
    if (scripted != null) {
      List<LessonBlock.Question> asked = lesson.sections().subList(from, lesson.sections().size())
          .stream().flatMap(s -> s.blocks().stream())
          .filter(LessonBlock.Question.class::isInstance).map(LessonBlock.Question.class::cast)
          .toList();
      ScriptedAnswers.check(scripted.stream().map(String::strip).toList(), asked,
          lesson.questions().size() - asked.size() + 1);
    }
    Answers answers = answers(out);
    if (from > 0) {
      out.println("Taking up lesson " + number + " again at section " + (from + 1) + " of "
          + lesson.sections().size() + ", where you stopped (./bglab lesson " + number
          + " starts it from the beginning).");
    }
    room.store().update(p -> p.started(lesson.id(), room.store().now()));
    LessonOutcome outcome = new LessonRunner(new InProcessCommands(), answers, out,
        room.palette(), room.width())
        .run(lesson, number, room.curriculum().lessons().size(), from);
    Progress after = room.store().update(p -> p.answered(lesson.id(), outcome.questions(),
        outcome.finished(), outcome.stoppedAt(), room.store().now()));
    ending(room, lesson, outcome, after).lines()
        .forEach(line -> TextWrap.fold(line, room.width(), "", "").forEach(out::println));
    out.flush();
    if (answers instanceof Answers.Scripted script && script.left() > 0 && outcome.finished()) {
      err.println("bglab lesson: " + script.left() + " of the --answers were not needed");
    }
    return ExitCodes.OK;
  }

  private void checkAnswers() {
    if (scripted == null) {
      return;
    }
    for (int i = 0; i < scripted.size(); i++) {
      if (!scripted.get(i).strip().matches("[A-Za-z?]")) {
        throw new InputError("--answers: item " + (i + 1) + " is '" + scripted.get(i)
            + "'; give one letter per answer, such as --answers B,A,h,C");
      }
    }
  }

  private Answers answers(PrintWriter out) {
    if (scripted != null) {
      return Answers.scripted(scripted.stream().map(String::strip).toList(), out);
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return Terminal.isInteractive() ? Answers.typed(in, out) : Answers.piped(in, out);
  }

  private static String ending(Classroom room, Lesson lesson, LessonOutcome outcome,
      Progress after) {
    Palette palette = room.palette();
    int number = room.curriculum().numberOf(lesson);
    int total = room.curriculum().lessons().size();
    int done = room.curriculum().countDone(after.done());
    StringBuilder text = new StringBuilder();
    Optional<Lesson> next = room.curriculum().next(after.done());
    if (outcome.finished()) {
      Collection<QuestionRecord> firsts = after.lessons().get(lesson.id()).questions().values();
      long firstTime = firsts.stream().filter(QuestionRecord::firstTime).count();
      text.append(palette.good("✔ Lesson " + number + " done")).append(": ").append(firstTime)
          .append(" of ").append(firsts.size())
          .append(firsts.size() == 1 ? " question" : " questions")
          .append(" right the first time.\n");
    } else if (next.isPresent() && next.get().id().equals(lesson.id())) {
      text.append("Stopped before the end; lesson ").append(number)
          .append(" is not done yet. ").append(palette.code("./bglab lesson next"))
          .append(" takes it up where you stopped.\n");
    } else {
      text.append("Stopped before the end; lesson ").append(number)
          .append(" is not done yet. Take it again with ")
          .append(palette.code("./bglab lesson " + number)).append(".\n");
    }
    text.append("Progress: ").append(ProgressBar.render(done, total, 20, palette))
        .append('\n');
    if (outcome.finished() && number == total && next.isPresent()) {
      text.append("That was the last lesson. Try the practice quiz with ")
          .append(palette.code("./bglab quiz")).append(", and finish lesson ")
          .append(room.curriculum().numberOf(next.get())).append(" with ")
          .append(palette.code("./bglab lesson next")).append(".\n");
    } else if (outcome.finished() && next.isPresent()) {
      text.append("Next: type ").append(palette.code("./bglab lesson next")).append(" for lesson ")
          .append(room.curriculum().numberOf(next.get())).append(", ")
          .append(next.get().title()).append(".\n");
    } else if (next.isEmpty()) {
      text.append("Every lesson is done. Next, the practice quiz: type ")
          .append(palette.code("./bglab quiz")).append(" (")
          .append(palette.code("./bglab --help")).append(" lists the other commands).\n");
    }
    return text.toString();
  }
}
