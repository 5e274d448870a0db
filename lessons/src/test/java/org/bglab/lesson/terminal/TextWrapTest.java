package org.bglab.lesson.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {

  @Test
  void proseBreaksBetweenWordsAndIgnoresColourCodes() {
    String bold = new Palette(true).bold("Why");
    assertEquals(List.of("  " + bold + " would", "  they"),
        TextWrap.wrap(bold + " would they", 12, "  ", "  "));
  }

  @Test
  void codeBreaksOutsideStringsAndContinuesEightColumnsIn() {
    assertEquals(List.of(
        "    System.out.println(\"Switching traffic to %s\".formatted(",
        "            newEnv));"),
        TextWrap.code("System.out.println(\"Switching traffic to %s\".formatted(newEnv));", 60,
            "    "));
    assertEquals(List.of("  int x = 1;"), TextWrap.code("int x = 1;", 20, "  "));
  }

  @Test
  void aCommandBreaksAtSpacesOutsideQuotesWithABackslash() {
    assertEquals(List.of(
        "  $ kubectl patch service model-service -p \\",
        "      '{\"spec\": {\"env\": \"green\"}}'"),
        TextWrap.command("kubectl patch service model-service -p '{\"spec\": {\"env\": \"green\"}}'",
            44, "  $ ", "      "));
  }

  @Test
  void foldKeepsSpacingAndShortensRules() {
    assertEquals(List.of("| a    b    c", "|   d"), TextWrap.fold("a    b    c d", 13, "| ", "|   "));
    assertEquals(List.of("| ─────"), TextWrap.fold("──────────", 7, "| ", "|   "));
    assertEquals(List.of("| a  b"), TextWrap.fold("a  b", 7, "| ", "|   "));
  }

  @Test
  void withoutATerminalTextIsEightyColumnsWide() {
    assertEquals(80, TerminalWidth.columns());
  }
}
