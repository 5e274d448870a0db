package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RunningLineTest {

  @Test
  void silentForTwoSecondsThenSaysWhatRunsAndForHowLongThenClearsItself() {
    StringWriter err = new StringWriter();
    try (RunningLine line = RunningLine.manual(new PrintWriter(err))) {
      line.now("simulating canary");
      line.tick(1_900_000_000L);
      assertEquals("", err.toString());
      line.tick(3_200_000_000L);
      assertEquals("\rsimulating canary: 3 s", err.toString());
      line.now("simulating linear");
      line.tick(12_000_000_000L);
      assertEquals("\rsimulating canary: 3 s\rsimulating linear: 12 s", err.toString());
    }
    assertEquals("\rsimulating canary: 3 s\rsimulating linear: 12 s\r"
        + " ".repeat("simulating linear: 12 s".length()) + "\r", err.toString());
  }
}
