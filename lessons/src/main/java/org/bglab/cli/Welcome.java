package org.bglab.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.progress.Progress;
import org.bglab.lesson.terminal.Palette;
import org.bglab.lesson.terminal.ProgressBar;

/**
 * What {@code bglab} prints when run with no arguments: what it is, the student's progress if
 * any, and exactly what to type next.
 */
final class Welcome {

  private Welcome() {}

  /** Prints the welcome; progress problems become warnings on {@code err}. */
  static void print(PrintWriter out, PrintWriter err) {
    Optional<Classroom> room = Classroom.listing(Optional.empty(), err);
    Palette palette = room.map(Classroom::palette).orElse(new Palette(false));
    out.print(palette.bold("Welcome to bglab") + ", a lab for blue-green deployment of ML models.\n"
        + "\n"
        + "Blue is the model your users reach today; green is the new one, running beside it.\n"
        + "Moving traffic from blue to green takes work, and how that work grows with the\n"
        + "number of users depends on how you switch. bglab simulates the switch, counts\n"
        + "every operation as it happens, and teaches the ideas in short lessons with live\n"
        + "experiments and questions. Everything runs offline in this terminal.\n\n");
    room.ifPresent(r -> out.print(nextStep(r, r.store().load())));
    out.print("\nAlso useful:\n"
        + "  ./bglab lessons          every lesson, marked done or not\n"
        + "  ./bglab progress         your progress and where it is saved\n"
        + "  ./bglab quiz             five practice questions, checked by running them\n"
        + "  ./bglab scenario --list  blue-green releases played in a small cluster\n"
        + "  ./bglab --help           every command; each one also takes --help\n");
    out.flush();
  }

  private static String nextStep(Classroom room, Progress progress) {
    Palette palette = room.palette();
    int total = room.curriculum().lessons().size();
    int done = room.curriculum().countDone(progress.done());
    Optional<Lesson> next = room.curriculum().next(progress.done());
    StringBuilder text = new StringBuilder();
    if (progress.lessons().isEmpty()) {
      text.append("You are new here: there are ").append(total).append(" lessons, about ten"
          + " minutes each.\n");
    } else {
      text.append("Your progress: ").append(ProgressBar.render(done, total, 20, palette))
          .append('\n');
    }
    if (next.isPresent()) {
      text.append("\nType this next:\n  ").append(palette.code("./bglab lesson next"))
          .append("      lesson ").append(room.curriculum().numberOf(next.get())).append(": ")
          .append(next.get().title()).append('\n');
    } else {
      text.append("\nEvery lesson is done. Review one with ")
          .append(palette.code("./bglab lesson NUMBER")).append(".\n");
    }
    return text.toString();
  }
}
