package org.bglab.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads what a snippet's JVM prints, up to a limit; past it the JVM is stopped at once, so that
 * code printing without end cannot fill bglab's memory.
 */
final class SnippetOutput extends Thread {

  private final Process process;
  private final int limit;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private volatile boolean overflowed;

  SnippetOutput(Process process, int limit) {
    super("snippet output");
    this.process = process;
    this.limit = limit;
    setDaemon(true);
  }

  @Override
  public void run() {
    byte[] buffer = new byte[8192];
    try (InputStream in = process.getInputStream()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        if (bytes.size() + read > limit) {
          overflowed = true;
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
          return;
        }
        bytes.write(buffer, 0, read);
      }
    } catch (IOException ex) {
      // The JVM was stopped; what was read so far stands.
    }
  }

  /** Whether the JVM printed more than the limit (and was stopped). */
  boolean overflowed() {
    return overflowed;
  }

  /** Waits until the JVM's output has ended. */
  void finish() {
    SnippetRunner.joinQuietly(this);
  }

  /** What was printed, as UTF-8 text. */
  String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
