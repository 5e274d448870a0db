package org.bglab.cli.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.bglab.output.AtomicFile;
import org.bglab.output.Numbers;
import org.bglab.simulator.input.InputError;

/** Reads a text file that the user named on the command line, within a stated size. */
public final class InputFile {

  private InputFile() {}

  /**
   * The file's text (UTF-8), refused before it is read when it is larger than {@code maxBytes}.
   *
   * @param why what the limit protects, e.g. {@code "a chart reads; draw from fewer rows"}
   * @throws InputError naming {@code option} and the file when it is too large or unreadable
   */
  static String read(Path file, String option, long maxBytes, String why) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputError(option + " " + file + ": " + Numbers.bytes(size) + " is more than"
            + " the " + Numbers.bytes(maxBytes) + " " + why);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | SecurityException | UncheckedIOException ex) {
      String reason = ex instanceof NoSuchFileException ? "no such file" : AtomicFile.reason(ex);
      throw new InputError(option + " " + file + ": cannot read (" + reason + ")");
    }
  }

  /** A reader of a file's text that reports text it cannot read with an exception. */
  @FunctionalInterface
  public interface Parser<T> {
    /**
     * The value {@code text} holds.
     *
     * @param source the name to report places under, the file's path
     * @throws IllegalArgumentException naming the place, when the text is malformed
     */
    T parse(String text, String source);
  }

  /**
   * The file's text, read as by {@link #read}, given to {@code parser}; what the parser cannot
   * read is the user's to fix, so its message becomes an {@link InputError}.
   */
  public static <T> T parse(Path file, String option, long maxBytes, String why, Parser<T> parser) {
    String text = read(file, option, maxBytes, why);
    try {
      return parser.parse(text, file.toString());
    } catch (IllegalArgumentException ex) {
      throw new InputError(ex.getMessage());
    }
  }
}
