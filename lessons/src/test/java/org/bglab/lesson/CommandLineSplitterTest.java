package org.bglab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CommandLineSplitterTest {

  @Test
  void splitsLikeAShell() {
    assertEquals(List.of("bglab", "simulate", "--users", "1e6"),
        CommandLineSplitter.split("bglab  simulate --users\t1e6"));
    assertEquals(List.of("patch", "{\"spec\":{\"selector\":{\"env\":\"green\"}}}"),
        CommandLineSplitter.split("patch '{\"spec\":{\"selector\":{\"env\":\"green\"}}}'"));
    assertEquals(List.of("a b", "c\"d", ""), CommandLineSplitter.split("\"a b\" c\\\"d ''"));
  }

  @Test
  void rejectsUnclosedQuotes() {
    assertThrows(IllegalArgumentException.class, () -> CommandLineSplitter.split("a 'b"));
    assertThrows(IllegalArgumentException.class, () -> CommandLineSplitter.split("a \"b"));
    assertThrows(IllegalArgumentException.class, () -> CommandLineSplitter.split("a \\"));
  }

  @Test
  void singleQuotingAnyWordsSplitsBackIntoThem() {
    qt().withExamples(200)
        .forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 8))
            .ofSizeBetween(0, 6))
        .check(words -> CommandLineSplitter.split(words.stream()
            .map(w -> "'" + w.replace("'", "'\\''") + "'")
            .collect(Collectors.joining(" "))).equals(words));
  }
}
