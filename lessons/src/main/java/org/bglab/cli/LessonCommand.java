package org.bglab.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bglab.cli.input.ScriptedAnswers;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.progress.Progress;
import org.bglab.lesson.terminal.Answers;
import org.bglab.lesson.terminal.LessonEnding;
import org.bglab.lesson.terminal.LessonOutcome;
import org.bglab.lesson.terminal.LessonRunner;
import org.bglab.lesson.terminal.LessonStart;
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
    Optional<LessonStart> chosen = LessonStart.choose(room.curriculum(), room.store().load(), which);
    if (chosen.isEmpty()) {
      out.println("Every lesson is done. Try the quiz next: ./bglab quiz. Take any lesson"
          + " again with ./bglab lesson NUMBER; ./bglab lessons lists them.");
      return ExitCodes.OK;
    }
    LessonStart start = chosen.get();
    Lesson lesson = start.lesson();
    if (scripted != null) {
      ScriptedAnswers.check(scripted.stream().map(String::strip).toList(),
          start.questionsAhead(), start.firstQuestionAhead());
    }
    Answers answers = answers(out);
    if (start.resumed()) {
      out.println("Taking up lesson " + start.number() + " again at section "
          + (start.fromSection() + 1) + " of " + lesson.sections().size()
          + ", where you stopped (./bglab lesson " + start.number()
          + " starts it from the beginning).");
    }
    room.store().update(p -> p.started(lesson.id(), room.store().now()));
    LessonOutcome outcome = new LessonRunner(new InProcessCommands(), answers, out,
        room.palette(), room.width())
        .run(lesson, start.number(), start.total(), start.fromSection());
    Progress after = room.store().update(p -> p.answered(lesson.id(), outcome.questions(),
        outcome.finished(), outcome.stoppedAt(), room.store().now()));
    LessonEnding.text(room.curriculum(), lesson, outcome, after, room.palette()).lines()
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
}
