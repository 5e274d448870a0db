package org.bglab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class SnippetRunnerTest {

  @Test
  void capturesWhatTheCodePrintsAcrossSnippets() {
    PrintStream before = System.out;
    SnippetRun run = SnippetRunner.run("""
        int total = 0;
        for (int i = 1; i <= 4; i++) {
            total += i;
        }
        System.out.println("total " + total);
        System.out.print("%d-%s".formatted(7, "x"));
        """);
    assertEquals("", run.error());
    assertEquals("total 10\n7-x", run.output().replace("\r\n", "\n"));
    assertSame(before, System.out, "System.out is restored");
  }

  @Test
  void reportsCodeThatDoesNotCompile() {
    SnippetRun run = SnippetRunner.run("String s = 42;\nSystem.out.println(s);\n");
    assertTrue(run.error().startsWith("it does not compile (String s = 42;)"), run.error());
    assertEquals("", run.output());
  }

  @Test
  void reportsAnException() {
    SnippetRun run = SnippetRunner.run("System.out.println(\"a\");\nint x = 1 / 0;\n");
    assertTrue(run.error().contains("ArithmeticException"), run.error());
    assertEquals("a\n", run.output().replace("\r\n", "\n"));
  }
}
