package org.bglab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.progress.LessonStatus;
import org.bglab.lesson.progress.Progress;
import org.bglab.lesson.terminal.Palette;
import org.bglab.lesson.terminal.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bglab lessons}: every lesson with a done/pending mark, and a progress bar. */
@Command(
    name = "lessons",
    mixinStandardHelpOptions = true,
    description = {
      "List the lessons in order, marked done (✔), started (◐) or not yet opened (·), with"
          + " your progress. With --validate, check lesson files instead."
    })
public final class LessonsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LessonsDirOption lessons;

  @Option(names = "--validate",
      description = "Check every lesson file and that each command line in it parses;"
          + " report problems as file:line: message (exit 2 when there are any).")
  boolean validate;


  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (validate) {
      return LessonValidation.run(lessons.dir(), new InProcessCommands(), out,
          err);
    }
    return list(lessons.dir(), out, err);
  }

  /** Prints the lesson list and returns the exit code. */
  static int list(Optional<Path> lessonsDir, PrintWriter out, PrintWriter err) {
    Optional<Classroom> opened = Classroom.listing(lessonsDir, err);
    if (opened.isEmpty()) {
      return ExitCodes.INPUT;
    }
    Classroom room = opened.get();
    out.print(listing(room, room.store().load()));
    out.flush();
    return ExitCodes.OK;
  }

  /** The lesson list with marks, the progress bar and what to type next. */
  static String listing(Classroom room, Progress progress) {
    Palette palette = room.palette();
    Set<String> done = progress.done();
    Optional<Lesson> next = room.curriculum().next(done);
    int total = room.curriculum().lessons().size();
    int doneHere = room.curriculum().countDone(done);
    StringBuilder text = new StringBuilder();
    text.append(palette.bold("bglab lessons")).append("  ")
        .append(ProgressBar.render(doneHere, total, 20, palette)).append("\n\n");
    int idWidth = room.curriculum().lessons().stream().mapToInt(l -> l.id().length()).max()
        .orElse(2);
    for (Lesson lesson : room.curriculum().lessons()) {
      LessonStatus status = progress.statusOf(lesson.id());
      String mark = status == LessonStatus.DONE ? palette.good("✔")
          : status == LessonStatus.STARTED ? "◐" : "·";
      boolean isNext = next.isPresent() && next.get().id().equals(lesson.id());
      text.append(String.format("  %s %2d  %-" + idWidth + "s  %s%s\n", mark,
          room.curriculum().numberOf(lesson), lesson.id(), lesson.title(),
          isNext ? palette.bold("   ← next") : ""));
    }
    text.append('\n');
    if (next.isPresent()) {
      text.append("Type ").append(palette.code("./bglab lesson next")).append(" to take lesson ")
          .append(room.curriculum().numberOf(next.get())).append(", or ")
          .append(palette.code("./bglab lesson NUMBER")).append(" for any lesson.\n");
    } else {
      text.append("Every lesson is done. Take any again with ")
          .append(palette.code("./bglab lesson NUMBER")).append(".\n");
    }
    return text.toString();
  }
}
