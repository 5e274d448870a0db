package org.bglab.simulator.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real {@code kubectl} on this machine, run as a child process with a time limit, as an oracle
 * for client-side behaviour. Tests that use it are skipped, with a message, where it is missing.
 * It never reaches a cluster: {@code --local} and {@code --dry-run=client} stay on the client, and
 * every other command is pointed at a closed local port.
 */
final class RealKubectl {

  /** A port nothing listens on: a command that gets as far as the network fails to connect there. */
  static final String NO_SERVER = "http://127.0.0.1:9";

  private static final long TIME_LIMIT_SECONDS = 20;
  private static Boolean present;

  /** What kubectl printed (stdout and stderr together, minus client-go's log lines) and its exit code. */
  record Output(String text, int exitCode) {
    boolean failed() {
      return exitCode != 0;
    }
  }

  private RealKubectl() {}

  /** Skips the calling test, with a message, when no kubectl can be run here. */
  static void assumePresent() {
    if (present == null) {
      try {
        present = run(List.of("version", "--client")).exitCode() == 0;
      } catch (IllegalStateException e) {
        present = false;
      }
    }
    Assumptions.assumeTrue(present, "kubectl is not installed here: the comparison with real kubectl is skipped");
  }

  /** Runs {@code kubectl ARGS}. */
  static Output run(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add("kubectl");
    command.addAll(args);
    try {
      Path config = Files.createTempFile("bglab-kubeconfig", ".yaml");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("KUBECONFIG", config.toString());
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] bytes = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("kubectl did not finish within " + TIME_LIMIT_SECONDS + " s: " + command);
      }
      Files.deleteIfExists(config);
      String text = new String(bytes, StandardCharsets.UTF_8).lines()
          .filter(line -> !line.matches("^[EWI]\\d{4} .*"))
          .reduce((a, b) -> a + "\n" + b).orElse("");
      return new Output(text, process.exitValue());
    } catch (IOException e) {
      throw new IllegalStateException("kubectl could not be started: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while kubectl ran", e);
    }
  }

  /** Runs {@code kubectl ARGS} on a copy of {@code document} written to a temporary file ({@code -f FILE}). */
  static Output onFile(String document, List<String> args) {
    try {
      Path file = Files.createTempFile("bglab-object", ".json");
      Files.writeString(file, document);
      List<String> all = new ArrayList<>(args);
      all.addAll(List.of("-f", file.toString()));
      Output output = run(all);
      Files.deleteIfExists(file);
      return output;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether real kubectl accepts {@code words} (a command line without {@code kubectl}) as a
   * command: it parses it and goes on to contact the API server, which is not there.
   */
  static boolean accepts(List<String> words) {
    List<String> args = new ArrayList<>(List.of("-s", NO_SERVER, "--request-timeout=2s"));
    args.addAll(words);
    Output output = run(args);
    return output.text().contains("127.0.0.1:9") && output.text().contains("refused");
  }
}
