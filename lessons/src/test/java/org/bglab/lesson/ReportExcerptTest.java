package org.bglab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportExcerptTest {

  private static final String REPORT = """
      Switch of 10 users (seed 42)
      Costs: call 1 ms

      operations, measured  count
      ───────────────────────────
      entries written           0

      requests  count
      ───────────────
      failed        0

      capacity and rollback  value
      rollback                none
      """;

  @Test
  void keepsTheFirstParagraphAndTheNamedOnesInOrder() {
    assertEquals("""
        Switch of 10 users (seed 42)
        Costs: call 1 ms

        requests  count
        ───────────────
        failed        0

        capacity and rollback  value
        rollback                none
        """, ReportExcerpt.of(REPORT, List.of("capacity", "requests")));
  }

  @Test
  void aNameThatMatchesNoParagraphLeavesTheFirstOnly() {
    assertEquals("Switch of 10 users (seed 42)\nCosts: call 1 ms\n",
        ReportExcerpt.of(REPORT, List.of("latency")));
  }

  @Test
  void theRunBlockReadsShowAndExitTogether() throws LessonFormatError {
    String text = LessonText.with("```bglab run", "```bglab run exit=0 show=requests,capacity");
    LessonBlock.Experiment experiment =
        LessonParser.parse("lessons/08-test.md", "08-test.md", text).experiments().get(0);
    assertEquals(List.of("requests", "capacity"), experiment.parts());
    assertEquals(0, experiment.expectedExit());
  }
}
