package org.bglab.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --lessons DIR} option the lesson commands share: an instructor's own lessons. */
final class LessonsDirOption {

  @Option(names = "--lessons", paramLabel = "DIR",
      description = "Also load the lessons in DIR (Markdown files, see docs/lesson-format.md).")
  Path dir;

  /** The directory, when one was given. */
  Optional<Path> dir() {
    return Optional.ofNullable(dir);
  }
}
