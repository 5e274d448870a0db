package org.bglab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a text file that the user named on the command line, within a stated size. */
final class InputFile {

  private InputFile() {}

  /**
   * The file's text (UTF-8), refused before it is read when it is larger than {@code maxBytes}.
   *
   * @param why what the limit protects, e.g. {@code "a chart reads; draw from fewer rows"}
   * @throws UsageError naming {@code option} and the file when it is too large or unreadable
   */
  static String read(Path file, String option, long maxBytes, String why) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new UsageError(option + " " + file + ": " + Numbers.bytes(size) + " is more than"
            + " the " + Numbers.bytes(maxBytes) + " " + why);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | SecurityException | UncheckedIOException ex) {
      String reason = ex instanceof NoSuchFileException ? "no such file" : AtomicFile.reason(ex);
      throw new UsageError(option + " " + file + ": cannot read (" + reason + ")");
    }
  }
}
