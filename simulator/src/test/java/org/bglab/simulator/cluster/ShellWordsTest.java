package org.bglab.simulator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

  @Test
  void singleQuotesKeepJsonWhole() {
    assertEquals(List.of("kubectl", "patch", "service", "s", "-p", "{\"spec\":{\"selector\":{\"env\":\"green\"}}}"),
        ShellWords.split("kubectl patch service s -p '{\"spec\":{\"selector\":{\"env\":\"green\"}}}'"));
  }

  @Test
  void doubleQuotesAllowEscapedQuotes() {
    assertEquals(List.of("-p", "{\"a\":\"b c\"}"), ShellWords.split("-p \"{\\\"a\\\":\\\"b c\\\"}\""));
  }

  @Test
  void quotedPartsJoinTheWordAroundThem() {
    assertEquals(List.of("-p={\"a\":1}", "x y"), ShellWords.split("  -p='{\"a\":1}'   x' 'y  "));
  }

  @Test
  void backslashEscapesOutsideQuotes() {
    assertEquals(List.of("a b", "c"), ShellWords.split("a\\ b c"));
  }

  @Test
  void emptyQuotesMakeAnEmptyWord() {
    assertEquals(List.of("a", "", "b"), ShellWords.split("a '' b"));
  }

  @Test
  void unterminatedQuotesAreRejected() {
    assertEquals("unterminated single quote",
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("-p '{")).getMessage());
    assertEquals("unterminated double quote",
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("-p \"{")).getMessage());
  }
}
