package org.bglab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.bglab.lesson.Curriculum;
import org.bglab.lesson.LessonFormatError;
import org.bglab.lesson.progress.ProgressStore;
import org.bglab.lesson.progress.StateDirectory;
import org.bglab.lesson.terminal.Palette;
import org.bglab.lesson.terminal.TerminalWidth;

/**
 * What the lesson commands share: the curriculum (bundled lessons plus {@code --lessons DIR}),
 * the student's progress store, and how to draw on this terminal.
 *
 * @param curriculum the lessons in order
 * @param store the progress store in the state directory
 * @param palette colours, or none
 * @param width the columns text is wrapped to: the terminal's
 */
record Classroom(Curriculum curriculum, ProgressStore store, Palette palette, int width) {

  /**
   * Opens the classroom. Malformed lesson files are reported on {@code err}, one
   * {@code file:line: message} line each, and give an empty result.
   */
  static Optional<Classroom> open(Optional<Path> lessonsDir, PrintWriter err) {
    return open(Curriculum.read(lessonsDir), err);
  }

  /**
   * Opens the classroom for listing lessons, not taking them: the curriculum holds outlines
   * (ids and titles), read without parsing Markdown when no directory is given.
   */
  static Optional<Classroom> listing(Optional<Path> lessonsDir, PrintWriter err) {
    return open(Curriculum.outline(lessonsDir), err);
  }

  private static Optional<Classroom> open(Curriculum.Reading reading, PrintWriter err) {
    if (!reading.errors().isEmpty()) {
      report(reading.errors(), err);
      return Optional.empty();
    }
    ProgressStore store = new ProgressStore(StateDirectory.current(), Clock.systemUTC(),
        warning -> {
          err.println("bglab: warning: " + warning);
          err.flush();
        });
    return Optional.of(new Classroom(reading.curriculum(), store,
        new Palette(Terminal.colour()), TerminalWidth.columns()));
  }

  /** Every malformed-lesson message of a reading, for commands that list them all. */
  static void report(Iterable<LessonFormatError> errors, PrintWriter err) {
    errors.forEach(error -> err.println(error.getMessage()));
    err.flush();
  }
}
