package org.bglab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old content or the whole new one: the text goes
 * to a temporary file in the same directory, which is then renamed over the target.
 */
final class AtomicFile {

  private AtomicFile() {}

  /**
   * Writes {@code text} (UTF-8) to {@code target}, creating missing parent directories.
   *
   * @throws UsageError naming {@code option} and the file when it cannot be written
   */
  static void write(Path target, String text, String option) {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
        // a temporary file is private to its owner; the result is an ordinary readable file
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | SecurityException ex) {
      deleteQuietly(temporary);
      throw new UsageError(option + ": cannot write " + target + " (" + reason(ex) + ")");
    }
  }

  private static String reason(Exception ex) {
    String name = ex.getClass().getSimpleName().replace("Exception", "");
    return ex.getMessage() == null ? name : name + ": " + ex.getMessage();
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // the write already failed; that is what gets reported
    }
  }
}
