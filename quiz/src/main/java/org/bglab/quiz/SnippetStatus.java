package org.bglab.quiz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a snippet JVM's standard error: the status lines of {@link SnippetHost}, recognised by
 * their token, and the first few other lines, to explain a JVM that could not start.
 */
final class SnippetStatus extends Thread {

  private static final int KEPT = 5;

  private final InputStream in;
  private final String prefix;
  private final List<String> diagnostics = new ArrayList<>();
  private volatile boolean ready;
  private volatile boolean exiting;
  private volatile String end;

  SnippetStatus(InputStream in, String token) {
    super("snippet status");
    this.in = in;
    this.prefix = token + " ";
    setDaemon(true);
  }

  @Override
  public void run() {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.startsWith(prefix)) {
          if (diagnostics.size() < KEPT && !line.isBlank()) {
            diagnostics.add(line.strip());
          }
          continue;
        }
        String message = line.substring(prefix.length());
        if (message.equals(SnippetHost.READY)) {
          ready = true;
        } else if (message.equals(SnippetHost.EXITING)) {
          exiting = true;
        } else if (message.startsWith(SnippetHost.END + " ") && end == null) {
          end = message.substring(SnippetHost.END.length() + 1);
        }
      }
    } catch (IOException ex) {
      // The JVM was stopped.
    }
  }

  /** Waits until the JVM's standard error has ended; read the rest only after this. */
  void finish() {
    SnippetRunner.joinQuietly(this);
  }

  /** Whether JShell was set up, so that what happened next was the code's doing. */
  boolean ready() {
    return ready;
  }

  /** Whether the JVM began to shut down, as {@code System.exit} does. */
  boolean exiting() {
    return exiting;
  }

  /** {@code OUTCOME detail} as the host reported it, or {@code null} when it did not. */
  String end() {
    return end;
  }

  /** The first lines that were not status lines. */
  List<String> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
