package org.bglab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text file that the user named on the command line. */
final class InputFile {

  private InputFile() {}

  /**
   * The file's text (UTF-8).
   *
   * @throws UsageError naming {@code option} and the file when it cannot be read
   */
  static String read(Path file, String option) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException ex) {
      throw new UsageError(option + " " + file + ": cannot read ("
          + ex.getClass().getSimpleName().replace("Exception", "")
          + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ")");
    }
  }
}
