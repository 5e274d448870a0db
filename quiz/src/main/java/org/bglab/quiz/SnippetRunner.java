package org.bglab.quiz;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs Java code exactly as a student reads it, through the JDK's JShell API with its local
 * execution engine (in this JVM, no child process): the text is cut into complete snippets the
 * way the {@code jshell} tool cuts what you type, and each is evaluated in turn.
 *
 * <p>The local engine lets the code print straight to {@code System.out}, so while it runs
 * {@code System.out} is pointed at a buffer (runs are serialised by a lock). A run that takes
 * longer than the time limit is stopped.
 */
public final class SnippetRunner {

  private static final Object STREAMS = new Object();
  private static final long TIME_LIMIT_MILLIS = 10_000;

  private SnippetRunner() {}

  /** Runs {@code code} and returns what it printed, or why it stopped. */
  public static SnippetRun run(String code) {
    synchronized (STREAMS) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
      PrintStream out = System.out;
      PrintStream err = System.err;
      String error;
      try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture)
          .build()) {
        Timer timer = new Timer("snippet time limit", true);
        timer.schedule(new TimerTask() {
          @Override
          public void run() {
            shell.stop();
          }
        }, TIME_LIMIT_MILLIS);
        System.setOut(capture);
        System.setErr(capture);
        try {
          error = evaluate(shell, code);
        } finally {
          System.setOut(out);
          System.setErr(err);
          timer.cancel();
        }
      }
      capture.flush();
      return new SnippetRun(buffer.toString(StandardCharsets.UTF_8), error);
    }
  }

  private static String evaluate(JShell shell, String code) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = code;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo cut = analysis.analyzeCompletion(rest);
      if (!cut.completeness().isComplete()) {
        return "the code ends in the middle of a statement: " + firstLine(rest);
      }
      for (SnippetEvent event : shell.eval(cut.source())) {
        String problem = problemOf(shell, event);
        if (!problem.isEmpty()) {
          return problem;
        }
      }
      rest = cut.remaining();
    }
    return "";
  }

  private static String problemOf(JShell shell, SnippetEvent event) {
    if (event.exception() != null) {
      Exception thrown = event.exception();
      String name = thrown instanceof EvalException eval
          ? eval.getExceptionClassName() : thrown.getClass().getName();
      return "it threw " + name.substring(name.lastIndexOf('.') + 1)
          + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
    }
    if (event.status() == Snippet.Status.REJECTED) {
      List<Diag> diagnostics = shell.diagnostics(event.snippet()).toList();
      String messages = diagnostics.stream()
          .map(d -> d.getMessage(null).lines().findFirst().orElse(""))
          .collect(Collectors.joining("; "));
      return "it does not compile (" + firstLine(event.snippet().source()) + "): " + messages;
    }
    return "";
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }
}
