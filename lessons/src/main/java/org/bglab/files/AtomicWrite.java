package org.bglab.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes a file so that readers see either the old content or the whole new one: the bytes go
 * to a temporary file in the same directory, which is then renamed over the target. Temporary
 * files are named {@code .bglab-tmp-NAME.RANDOM.tmp}; one left behind by a run that was killed
 * is removed by the next write in that directory once it is older than {@link #STALE}, so that
 * the files of a run still going on beside it are left alone.
 */
public final class AtomicWrite {

  /** The start of every temporary file's name. */
  public static final String TEMP_PREFIX = ".bglab-tmp-";
  /** How old a temporary file must be before a later run treats it as left behind. */
  public static final Duration STALE = Duration.ofMinutes(10);

  private AtomicWrite() {}

  /**
   * Writes {@code bytes} to {@code target}, creating missing parent directories.
   *
   * @throws IOException when it cannot be written; the target is then as it was
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      removeStale(directory);
      temporary = Files.createTempFile(directory, TEMP_PREFIX + absolute.getFileName() + ".",
          ".tmp");
      Files.write(temporary, bytes);
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
    } catch (IOException | RuntimeException ex) {
      deleteQuietly(temporary);
      throw ex;
    }
  }

  /** Removes the temporary files of killed runs in {@code directory} once they are stale. */
  public static void removeStale(Path directory) {
    Instant before = Instant.now().minus(STALE);
    try (DirectoryStream<Path> left = Files.newDirectoryStream(directory, TEMP_PREFIX + "*.tmp")) {
      for (Path file : left) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException | SecurityException ignored) {
      // a leftover temporary file is harmless; the write itself reports real problems
    }
  }

  /** Why a file operation failed, in words: no Java exception names. */
  public static String reason(Exception ex) {
    if (ex instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (ex instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (ex instanceof FileAlreadyExistsException || ex instanceof NotDirectoryException) {
      return "a file is in the way of a directory";
    }
    if (ex instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    if (ex instanceof SecurityException) {
      return "not allowed";
    }
    return ex.getMessage() == null ? "an input/output error" : ex.getMessage();
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
