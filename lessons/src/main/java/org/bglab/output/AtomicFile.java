package org.bglab.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bglab.files.AtomicWrite;
import org.bglab.simulator.input.InputError;

/**
 * The commands' side of {@link AtomicWrite}: files named on the command line, checked before
 * any work is done for them, written whole or not at all, and a failure reported as bad input
 * naming the option.
 */
public final class AtomicFile {

  /** The start of every temporary file's name. */
  static final String TEMP_PREFIX = AtomicWrite.TEMP_PREFIX;
  /** How old a temporary file must be before a later run treats it as left behind. */
  static final Duration STALE = AtomicWrite.STALE;

  private AtomicFile() {}

  /**
   * Writes {@code text} (UTF-8) to {@code target}, creating missing parent directories.
   *
   * @throws InputError naming {@code option} and the file when it cannot be written
   */
  public static void write(Path target, String text, String option) {
    write(target, text.getBytes(StandardCharsets.UTF_8), option);
  }

  /**
   * Writes {@code bytes} to {@code target}, creating missing parent directories.
   *
   * @throws InputError naming {@code option} and the file when it cannot be written
   */
  public static void write(Path target, byte[] bytes, String option) {
    requireName(target, option);
    try {
      AtomicWrite.write(target, bytes);
    } catch (IOException | SecurityException ex) {
      throw new InputError(option + ": cannot write " + target + " (" + reason(ex) + ")");
    }
  }

  /**
   * Makes sure {@code directory} exists and files can be created in it, before any work is done
   * for them.
   *
   * @throws InputError naming {@code option} and the directory, when it cannot be used
   */
  public static void requireWritableDirectory(Path directory, String option) {
    requireName(directory, option);
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new InputError(option + " " + directory + ": exists and is not a directory");
    }
    try {
      Files.createDirectories(directory);
      Files.delete(Files.createTempFile(directory, TEMP_PREFIX, ".tmp"));
    } catch (IOException | SecurityException ex) {
      throw new InputError(option + " " + directory + ": cannot write there (" + reason(ex) + ")");
    }
  }

  /**
   * Makes sure {@code file} can be written later, before any work is done for it: its directory
   * can be created and written, and it is not a directory itself.
   *
   * @throws InputError naming {@code option} and the file, when it cannot be written
   */
  public static void requireWritableFile(Path file, String option) {
    requireName(file, option);
    if (Files.isDirectory(file)) {
      throw new InputError(option + " " + file + ": is a directory; give a file name");
    }
    Path directory = file.toAbsolutePath().getParent();
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new InputError(option + ": cannot write " + file + " (permission denied)");
    }
    try {
      Files.createDirectories(directory);
      Files.delete(Files.createTempFile(directory, TEMP_PREFIX, ".tmp"));
    } catch (IOException | SecurityException ex) {
      throw new InputError(option + ": cannot write " + file + " (" + reason(ex) + ")");
    }
  }

  /** An empty path names no file: it would silently mean the current directory. */
  private static void requireName(Path path, String option) {
    if (path.toString().isBlank()) {
      throw new InputError(option + ": the path is empty; give a file or directory name");
    }
  }

  /** Why a file operation failed, in words: no Java exception names. */
  public static String reason(Exception ex) {
    return AtomicWrite.reason(ex);
  }
}
