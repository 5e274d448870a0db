package org.bglab.quiz;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Java code exactly as a student reads it, in a separate JVM ({@link SnippetHost}, started
 * with the {@code java} of the running JDK), never in bglab's own: whatever the code does, it
 * cannot stop bglab or change what bglab prints. The child JVM works in an empty temporary
 * directory, reads nothing on its standard input, and is limited in heap, in the time its code
 * runs ({@link #TIME_LIMIT}, compiling excluded) and in what it may print ({@link #OUTPUT_LIMIT});
 * a run past a limit is stopped and reported as such. Runs are one at a time.
 */
public final class SnippetRunner {

  /** How long the code itself may run. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(5);

  /** How much the code may print, in bytes. */
  public static final int OUTPUT_LIMIT = 64 * 1024;

  /** The child's heap limit, as a {@code java} option. */
  public static final String HEAP_LIMIT = "-Xmx128m";

  /** Time allowed on top of the limit for the JVM to start and JShell to compile the code. */
  private static final Duration START_ALLOWANCE = Duration.ofSeconds(60);

  private static final List<String> JVM_OPTIONS = List.of(HEAP_LIMIT, "-XX:+UseSerialGC",
      "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Djava.awt.headless=true",
      "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8");

  private static final List<String> INHERITED_OPTIONS =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH");

  private final Duration timeLimit;

  /** A runner that stops code running longer than {@code timeLimit}. */
  public SnippetRunner(Duration timeLimit) {
    this.timeLimit = timeLimit;
  }

  /** A runner with the documented limits. */
  public static SnippetRunner standard() {
    return new SnippetRunner(TIME_LIMIT);
  }

  /** Runs {@code code} in its own JVM and says what it printed and how the run ended. */
  public SnippetRun run(String code) {
    Path directory;
    try {
      directory = Files.createTempDirectory("bglab-snippet-");
    } catch (IOException ex) {
      return notStarted("no temporary directory: " + ex.getMessage());
    }
    try {
      return run(code, directory);
    } finally {
      deleteTree(directory);
    }
  }

  private SnippetRun run(String code, Path directory) {
    String token = UUID.randomUUID().toString();
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(command(token)).directory(directory.toFile());
      Map<String, String> environment = builder.environment();
      INHERITED_OPTIONS.forEach(environment::remove);
      process = builder.start();
    } catch (IOException | URISyntaxException | RuntimeException ex) {
      return notStarted(ex.getMessage());
    }
    Thread stopOnExit = new Thread(process::destroyForcibly, "stop snippet JVM");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      return watch(process, code, token);
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException ex) {
        // bglab is shutting down: the hook stops the JVM.
      }
    }
  }

  private SnippetRun watch(Process process, String code, String token) {
    SnippetOutput output = new SnippetOutput(process, OUTPUT_LIMIT);
    SnippetStatus status = new SnippetStatus(process.getErrorStream(), token);
    output.start();
    status.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(code.getBytes(StandardCharsets.UTF_8));
    } catch (IOException ex) {
      // The JVM ended before it read the code; what it said is reported below.
    }
    boolean ended;
    try {
      ended = process.waitFor(timeLimit.plus(START_ALLOWANCE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      ended = false;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    output.finish();
    status.finish();
    return outcome(output, status, ended ? process.exitValue() : -1);
  }

  private SnippetRun outcome(SnippetOutput output, SnippetStatus status, int exitValue) {
    String printed = output.text();
    if (output.overflowed()) {
      return new SnippetRun("", SnippetRun.Outcome.TOO_MUCH_OUTPUT, OUTPUT_LIMIT / 1024 + " KiB");
    }
    if (status.end() != null) {
      String[] parts = status.end().split(" ", 2);
      SnippetRun.Outcome outcome = SnippetRun.Outcome.valueOf(parts[0]);
      String detail = parts.length > 1 ? parts[1] : "";
      if (outcome == SnippetRun.Outcome.TIMED_OUT) {
        return new SnippetRun("", outcome, shown(timeLimit));
      }
      return new SnippetRun(printed, outcome, detail);
    }
    if (exitValue < 0) {
      return status.ready() ? new SnippetRun("", SnippetRun.Outcome.TIMED_OUT, shown(timeLimit))
          : notStarted("the JVM did not start within " + shown(START_ALLOWANCE));
    }
    if (status.exiting()) {
      return new SnippetRun(printed, SnippetRun.Outcome.EXITED, String.valueOf(exitValue));
    }
    if (status.ready()) {
      return new SnippetRun(printed, SnippetRun.Outcome.HALTED, String.valueOf(exitValue));
    }
    return notStarted(status.diagnostics().isEmpty() ? "java ended with exit status " + exitValue
        : status.diagnostics().get(0));
  }

  private List<String> command(String token) throws URISyntaxException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-cp");
    command.add(Path.of(SnippetHost.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).toString());
    command.add(SnippetHost.class.getName());
    command.add(token);
    command.add(String.valueOf(timeLimit.toMillis()));
    return command;
  }

  private static SnippetRun notStarted(String why) {
    return new SnippetRun("", SnippetRun.Outcome.NOT_STARTED, why);
  }

  /** {@code 5 s}, or {@code 500 ms} for a limit that is not whole seconds. */
  static String shown(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static void deleteTree(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ex) {
      // A leftover empty temporary directory does no harm.
    }
  }

  static void joinQuietly(Thread thread) {
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }
}
