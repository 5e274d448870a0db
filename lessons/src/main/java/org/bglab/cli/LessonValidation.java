package org.bglab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bglab.lesson.CommandText;
import org.bglab.lesson.Commands;
import org.bglab.lesson.Curriculum;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.LessonFormatError;

/**
 * {@code bglab lessons --validate}: every lesson file must follow the lesson format, and every
 * command line it names must be accepted by bglab's parser (nothing is run).
 */
final class LessonValidation {

  private LessonValidation() {}

  /** Validates, prints one line per lesson and per problem, and returns the exit code. */
  static int run(Optional<Path> dir, Commands commands, PrintWriter out, PrintWriter err) {
    Curriculum.Reading reading = Curriculum.read(dir);
    List<String> problems = problems(reading, commands);
    for (Lesson lesson : reading.lessons()) {
      out.println("checked " + lesson.source() + ": " + counted(lesson.experiments().size(), "experiment")
          + ", " + counted(lesson.charts().size(), "chart") + ", "
          + counted(lesson.questions().size(), "question"));
    }
    problems.forEach(err::println);
    out.println(counted(reading.lessons().size(), "lesson") + " read, " + counted(problems.size(), "problem"));
    out.flush();
    err.flush();
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
  }

  /** Every problem as {@code file:line: message}: format errors, then unparsable commands. */
  static List<String> problems(Curriculum.Reading reading, Commands commands) {
    List<String> problems = new ArrayList<>();
    for (LessonFormatError error : reading.errors()) {
      problems.add(error.getMessage());
    }
    for (Lesson lesson : reading.lessons()) {
      for (CommandText command : lesson.commandLines()) {
        commands.parseProblem(command.args()).ifPresent(problem -> problems.add(lesson.source()
            + ":" + command.line() + ": '" + command.text() + "' is not a valid bglab command: "
            + problem.lines().findFirst().orElse(problem)));
      }
    }
    return problems;
  }

  /** {@code 1 problem}, {@code 2 problems}. */
  private static String counted(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
