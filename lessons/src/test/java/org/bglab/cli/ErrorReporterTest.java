package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorReporterTest {

  private static String reported(Exception ex, boolean debug, int[] code) {
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(new BglabCommand());
    line.setErr(new PrintWriter(err, true));
    code[0] = new ErrorReporter(debug).handleExecutionException(ex, line, null);
    return err.toString();
  }

  @Test
  void aDefectIsExit70WithOneLineAndNoJavaClassName() {
    int[] code = new int[1];
    String err = reported(new IllegalStateException("the clock ran backwards"), false, code);
    assertEquals(ExitCodes.DEFECT, code[0]);
    assertEquals(70, code[0]);
    assertEquals(1, err.strip().lines().count(), err);
    assertTrue(err.contains("internal error (a bglab defect): the clock ran backwards"), err);
    assertTrue(err.contains("--debug"), err);
    assertFalse(err.contains("IllegalStateException") || err.contains("java."), err);

    String bare = reported(new NullPointerException(), false, code);
    assertFalse(bare.contains("NullPointerException"), bare);
    assertEquals(1, bare.strip().lines().count(), bare);
  }

  @Test
  void debugShowsTheTrace() {
    int[] code = new int[1];
    String err = reported(new IllegalStateException("x"), true, code);
    assertTrue(err.contains("at org.bglab"), err);
  }
}
