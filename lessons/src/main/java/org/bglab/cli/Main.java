package org.bglab.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import picocli.CommandLine;

/** Starts the bglab command line and exits with its code. */
public final class Main {

  private Main() {}

  /** Runs bglab with {@code args} and exits the JVM with the command's exit code. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // UTF-8 whatever the locale: tables, bars and check marks are drawn with Unicode characters.
    System.exit(run(args,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs bglab in this JVM with the given output streams and returns the exit code; used by
   * {@link #main} and by tests and lessons that run commands in-process.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    OptionalInt quick = QuickStart.run(args, out, err);
    if (quick.isPresent()) {
      return quick.getAsInt();
    }
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine commandLine = Subcommands.commandLine(args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setColorScheme(Terminal.colorScheme());
    commandLine.setParameterExceptionHandler(new ErrorReporter(debug));
    commandLine.setExecutionExceptionHandler(new ErrorReporter(debug));
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError ex) {
      err.println("bglab: ran out of memory; raise the heap, for example BGLAB_JAVA_OPTS=-Xmx8g");
      code = ExitCodes.INPUT;
    }
    out.flush();
    err.flush();
    return code;
  }
}
