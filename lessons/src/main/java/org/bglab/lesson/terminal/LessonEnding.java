package org.bglab.lesson.terminal;

import java.util.Collection;
import java.util.Optional;
import org.bglab.lesson.Curriculum;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.progress.Progress;
import org.bglab.lesson.progress.QuestionRecord;

/**
 * What a student reads when a sitting ends: done or stopped, the progress bar, and what to type
 * next.
 */
public final class LessonEnding {

  private LessonEnding() {}

  /**
   * The closing text of a sitting of {@code lesson} that ended with {@code outcome}, given the
   * progress {@code after} it was recorded; lines end in {@code \n}, unwrapped.
   */
  public static String text(Curriculum curriculum, Lesson lesson, LessonOutcome outcome,
      Progress after, Palette palette) {
    int number = curriculum.numberOf(lesson);
    int total = curriculum.lessons().size();
    int done = curriculum.countDone(after.done());
    StringBuilder text = new StringBuilder();
    Optional<Lesson> next = curriculum.next(after.done());
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
          .append(curriculum.numberOf(next.get())).append(" with ")
          .append(palette.code("./bglab lesson next")).append(".\n");
    } else if (outcome.finished() && next.isPresent()) {
      text.append("Next: type ").append(palette.code("./bglab lesson next")).append(" for lesson ")
          .append(curriculum.numberOf(next.get())).append(", ")
          .append(next.get().title()).append(".\n");
    } else if (next.isEmpty()) {
      text.append("Every lesson is done. Next, the practice quiz: type ")
          .append(palette.code("./bglab quiz")).append(" (")
          .append(palette.code("./bglab --help")).append(" lists the other commands).\n");
    }
    return text.toString();
  }
}
