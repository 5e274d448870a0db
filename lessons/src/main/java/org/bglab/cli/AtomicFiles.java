package org.bglab.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files whole or not at all: into a temporary file beside the target, then renamed over
 * it, so that a reader never sees half a file and a failed run leaves the old file in place.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Makes sure {@code directory} exists and files can be created in it.
   *
   * @throws UsageError naming {@code option} and the directory, when it cannot be used
   */
  static void requireWritableDirectory(Path directory, String option) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new UsageError(option + " " + directory + ": exists and is not a directory");
    }
    try {
      Files.createDirectories(directory);
      Path probe = Files.createTempFile(directory, ".bglab-", ".probe");
      Files.delete(probe);
    } catch (IOException | SecurityException ex) {
      throw new UsageError(option + " " + directory + ": cannot write there ("
          + reason(ex) + ")");
    }
  }

  /**
   * Replaces {@code target} with {@code bytes}.
   *
   * @throws UsageError naming the file, when it cannot be written
   */
  static void write(Path target, byte[] bytes) {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
      Files.write(temporary, bytes);
      readableByAll(temporary);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | SecurityException ex) {
      throw new UsageError(target + ": cannot write (" + reason(ex) + ")");
    } finally {
      deleteQuietly(temporary);
    }
  }

  /** Temporary files are private to their owner; a result file is for everyone to read. */
  private static void readableByAll(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ex) {
        // the temporary file is hidden and harmless; the real error, if any, is already reported
      }
    }
  }

  private static String reason(Exception ex) {
    String kind = ex.getClass().getSimpleName().replace("Exception", "");
    String message = ex.getMessage();
    return message == null ? kind : kind + ": " + message;
  }
}
