package org.bglab.benchmarks.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a text file whole or not at all: to a temporary file beside it, then a rename. */
public final class AtomicFile {

  private AtomicFile() {}

  /** Replaces {@code target} with {@code text} (UTF-8), creating parent folders as needed. */
  public static void write(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    // a name of its own per process; written with the usual permissions, unlike createTempFile
    Path temporary = folder.resolve(
        "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
