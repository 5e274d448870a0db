package org.bglab.quiz;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The program {@link SnippetRunner} starts in a separate JVM to run one snippet: it reads the
 * code from standard input, cuts it into complete snippets the way the {@code jshell} tool cuts
 * what you type, and evaluates each in turn with JShell ({@link GuardedExecution}). The code
 * prints to this JVM's standard output and nothing else does. How the run went is reported on
 * standard error in lines that start with a token given as the first argument, which the code
 * cannot guess: {@code ready} once JShell is set up, {@code exiting} when the JVM shuts down
 * (the code called {@code System.exit}), and {@code end OUTCOME detail} when the run is over.
 * Uses the JDK only.
 */
public final class SnippetHost {

  static final String READY = "ready";
  static final String EXITING = "exiting";
  static final String END = "end";

  private static final long WATCH_MILLIS = 10;

  private final String token;
  private final PrintStream status;
  private boolean ended;

  private SnippetHost(String token) {
    this.token = token;
    this.status = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
        StandardCharsets.UTF_8);
  }

  /**
   * Runs the code on standard input.
   *
   * @param args the status token, and the time limit for the code's own running in milliseconds
   */
  public static void main(String[] args) {
    SnippetHost host = new SnippetHost(args[0]);
    try {
      long limitNanos = Long.parseLong(args[1]) * 1_000_000L;
      String code = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
      System.setIn(InputStream.nullInputStream());
      GuardedExecution execution = new GuardedExecution(
          call -> host.end(SnippetRun.Outcome.UNREPEATABLE, call));
      PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
      JShell shell = JShell.builder().executionEngine(provider(execution), Map.of())
          .in(InputStream.nullInputStream()).out(silent).err(silent).build();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> host.report(EXITING)));
      host.report(READY);
      host.watch(execution, limitNanos);
      host.evaluate(shell, code);
    } catch (Throwable ex) {
      host.end(SnippetRun.Outcome.NOT_STARTED, ex.toString());
    }
  }

  private static ExecutionControlProvider provider(ExecutionControl execution) {
    return new ExecutionControlProvider() {
      @Override
      public String name() {
        return "bglab-guarded";
      }

      @Override
      public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return execution;
      }
    };
  }

  private void evaluate(JShell shell, String code) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = code;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo cut = analysis.analyzeCompletion(rest);
      if (!cut.completeness().isComplete()) {
        end(SnippetRun.Outcome.DOES_NOT_COMPILE,
            "it ends in the middle of a statement (" + firstLine(rest) + ")");
      }
      for (SnippetEvent event : shell.eval(cut.source())) {
        problem(shell, event);
      }
      rest = cut.remaining();
    }
    end(SnippetRun.Outcome.FINISHED, "");
  }

  /** Ends the run when {@code event} shows an exception or code that does not compile. */
  private void problem(JShell shell, SnippetEvent event) {
    Exception thrown = event.exception();
    if (thrown instanceof UnresolvedReferenceException unresolved) {
      end(SnippetRun.Outcome.DOES_NOT_COMPILE, "it uses something that is not declared: "
          + shell.unresolvedDependencies(unresolved.getSnippet()).collect(Collectors.joining(", "))
          + " (" + firstLine(unresolved.getSnippet().source()) + ")");
    }
    if (thrown != null) {
      String name = thrown instanceof EvalException eval
          ? eval.getExceptionClassName() : thrown.getClass().getName();
      end(SnippetRun.Outcome.THREW, name.substring(name.lastIndexOf('.') + 1)
          + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()));
    }
    if (event.status() == Snippet.Status.REJECTED) {
      String messages = shell.diagnostics(event.snippet())
          .map(d -> firstLine(d.getMessage(null)))
          .collect(Collectors.joining("; "));
      end(SnippetRun.Outcome.DOES_NOT_COMPILE,
          messages + " (" + firstLine(event.snippet().source()) + ")");
    }
  }

  /** A daemon that ends the run once the code itself has run longer than the limit. */
  private void watch(GuardedExecution execution, long limitNanos) {
    Thread watchdog = new Thread(() -> {
      while (execution.runningNanos() <= limitNanos) {
        try {
          Thread.sleep(WATCH_MILLIS);
        } catch (InterruptedException ex) {
          return;
        }
      }
      end(SnippetRun.Outcome.TIMED_OUT, limitNanos / 1_000_000 + " ms");
    }, "snippet time limit");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private void report(String line) {
    synchronized (status) {
      status.println(token + " " + line);
      status.flush();
    }
  }

  /** Reports how the run ended (once, whoever comes first) and ends this JVM at once. */
  private void end(SnippetRun.Outcome outcome, String detail) {
    synchronized (this) {
      if (!ended) {
        ended = true;
        System.out.flush();
        report(END + " " + outcome + " " + detail.replaceAll("\\s+", " ").strip());
      }
    }
    Runtime.getRuntime().halt(0);
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }
}
