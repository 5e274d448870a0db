package org.bglab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SnippetRunnerTest {

  private static final SnippetRunner RUNNER = new SnippetRunner(Duration.ofSeconds(1));

  private static SnippetRun run(String code) {
    return RUNNER.run(code);
  }

  @Test
  void capturesWhatTheCodePrintsAcrossSnippets() {
    SnippetRun run = run("""
        int total = 0;
        for (int i = 1; i <= 4; i++) {
            total += i;
        }
        System.out.println("total " + total);
        System.out.print("%d-%s".formatted(7, "x"));
        """);
    assertEquals(SnippetRun.Outcome.FINISHED, run.outcome(), run.describe());
    assertEquals("total 10\n7-x", run.output().replace("\r\n", "\n"));
  }

  @Test
  void runsInAnotherJvmInAnEmptyDirectoryWithNoInput() {
    SnippetRun run = run("""
        System.out.println(ProcessHandle.current().pid());
        System.out.println(new java.io.File(".").list().length);
        System.out.println(System.in.read());
        """);
    assertEquals(SnippetRun.Outcome.FINISHED, run.outcome(), run.describe());
    String[] lines = run.output().split("\\R");
    assertNotEquals(String.valueOf(ProcessHandle.current().pid()), lines[0]);
    assertEquals("0", lines[1], "the working directory is empty");
    assertEquals("-1", lines[2], "standard input is at its end");
  }

  @Test
  void reportsCodeThatDoesNotCompile() {
    SnippetRun run = run("String s = 42;\nSystem.out.println(s);\n");
    assertEquals(SnippetRun.Outcome.DOES_NOT_COMPILE, run.outcome());
    assertEquals("the code does not compile: incompatible types: int cannot be converted to"
        + " java.lang.String (String s = 42;)", run.describe());
    assertEquals("", run.output());
  }

  @Test
  void reportsCodeThatEndsInTheMiddleOfAStatement() {
    SnippetRun run = run("System.out.println(\"a\");\nfor (int i = 0; i < 3; i++) {\n");
    assertEquals("the code does not compile: it ends in the middle of a statement"
        + " (for (int i = 0; i < 3; i++) {)", run.describe());
  }

  @Test
  void reportsAnExceptionAndWhatWasPrintedBeforeIt() {
    SnippetRun run = run("System.out.println(\"a\");\nint x = 1 / 0;\nSystem.out.println(\"b\");\n");
    assertEquals(SnippetRun.Outcome.THREW, run.outcome());
    assertEquals("the code threw ArithmeticException: / by zero, after printing \"a\\n\"",
        run.describe());
  }

  @Test
  void reportsSystemExitWithItsStatus() {
    SnippetRun run = run("System.out.println(\"a\");\nSystem.exit(3);\nSystem.out.println(\"b\");\n");
    assertEquals(SnippetRun.Outcome.EXITED, run.outcome());
    assertEquals("the code called System.exit(3) before it finished, after printing \"a\\n\"",
        run.describe());
  }

  @Test
  void theHeapIsLimited() {
    SnippetRun run = run("long[] many = new long[100_000_000];\n");
    assertEquals("the code threw OutOfMemoryError: Java heap space", run.describe());
  }

  @Test
  void reportsRuntimeHalt() {
    SnippetRun run = run("Runtime.getRuntime().halt(4);\nSystem.out.println(\"b\");\n");
    assertEquals(SnippetRun.Outcome.HALTED, run.outcome());
    assertEquals("4", run.detail());
  }

  @Test
  void stopsCodeThatRunsPastTheTimeLimit() {
    SnippetRun run = run("boolean ready = false;\nwhile (!ready) {\n}\nSystem.out.println(\"x\");\n");
    assertEquals(SnippetRun.Outcome.TIMED_OUT, run.outcome());
    assertEquals("the code did not finish within 1 s and was stopped", run.describe());
    assertEquals("", run.output());
  }

  @Test
  void stopsCodeThatPrintsPastTheOutputLimit() {
    SnippetRun run = run("while (true) {\n    System.out.print(\"x\".repeat(1000));\n}\n");
    assertEquals(SnippetRun.Outcome.TOO_MUCH_OUTPUT, run.outcome());
    assertEquals("the code printed more than 64 KiB and was stopped", run.describe());
  }

  @Test
  void refusesCodeWhoseOutputDependsOnTimingOrChance() {
    assertEquals("the code calls Thread.sleep (it waits for time to pass), so what it prints"
        + " can change from one run to the next", run("Thread.sleep(1);\n").describe());
    assertEquals("a subclass of Thread (it runs code on another thread)",
        run("class Worker extends Thread {}\n").detail());
  }

  @Test
  void seededRandomNumbersAreRepeatable() {
    SnippetRun run = run("System.out.println(new java.util.Random(42).nextInt(100));\n");
    assertEquals(SnippetRun.Outcome.FINISHED, run.outcome(), run.describe());
    assertEquals(String.valueOf(new java.util.Random(42).nextInt(100)), run.output().strip());
  }
}
