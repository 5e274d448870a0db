package org.bglab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.progress.LessonRecord;
import org.bglab.lesson.progress.Progress;
import org.bglab.lesson.progress.QuestionRecord;
import org.bglab.output.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bglab progress [--reset]}: what you have done, kept in your state directory. */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = {
      "Show your progress through the lessons and where it is kept ($BGLAB_HOME, else"
          + " $XDG_STATE_HOME/bglab, else ~/.local/state/bglab). --reset starts over and keeps"
          + " the old file as progress.json.bak."
    })
public final class ProgressCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--reset", description = "Start over (the old file is kept as a backup).")
  boolean reset;

  @Mixin LessonsDirOption lessons;


  @Override
  public Integer call() {
    return show(lessons.dir(), reset, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Shows the progress (or resets it) and returns the exit code. */
  static int show(Optional<Path> lessonsDir, boolean reset, PrintWriter out, PrintWriter err) {
    Optional<Classroom> opened = Classroom.listing(lessonsDir, err);
    if (opened.isEmpty()) {
      return ExitCodes.INPUT;
    }
    Classroom room = opened.get();
    if (reset) {
      Optional<Path> backup = room.store().reset();
      out.println(backup.map(b -> "Progress reset. The old file is kept as " + b
          + "; rename it back to " + room.store().file().getFileName() + " to undo.")
          .orElse("Nothing to reset: no progress has been saved yet."));
      out.flush();
      return ExitCodes.OK;
    }
    Progress progress = room.store().load();
    out.print(LessonsCommand.listing(room, progress));
    TextTable table = new TextTable().header("lesson", "status", "questions right first time");
    for (Lesson lesson : room.curriculum().lessons()) {
      LessonRecord record = progress.lessons().get(lesson.id());
      if (record != null) {
        long first = record.questions().values().stream().filter(QuestionRecord::firstTime).count();
        table.row(room.curriculum().numberOf(lesson) + " " + lesson.id(),
            record.status().word(),
            first + " of " + record.questions().size());
      }
    }
    out.println();
    if (progress.lessons().isEmpty()) {
      out.println("Nothing saved yet: type ./bglab lesson next to start.");
    } else {
      out.print(table.render());
    }
    out.println();
    out.println("Progress file: " + room.store().file());
    out.flush();
    return ExitCodes.OK;
  }
}
