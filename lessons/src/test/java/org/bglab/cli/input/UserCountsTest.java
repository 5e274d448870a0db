package org.bglab.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bglab.simulator.input.InputError;
import org.junit.jupiter.api.Test;

class UserCountsTest {

  @Test
  void parsesPlainUnderscoredAndScientificCounts() {
    assertEquals(1000, UserCounts.parseOne("1000"));
    assertEquals(1_000_000, UserCounts.parseOne("1_000_000"));
    assertEquals(100_000_000, UserCounts.parseOne("1e8"));
    assertEquals(2500, UserCounts.parseOne("2.5e3"));
  }

  @Test
  void refusesWhatIsNotAWholePositiveCount() {
    for (String bad : List.of("0", "-1", "1.5", "abc", "", "1e10", "2147483648")) {
      assertThrows(InputError.class, () -> UserCounts.parseOne(bad), bad);
    }
  }

  @Test
  void expandsListsAndOneTwoFiveRanges() {
    assertEquals(List.of(10, 100, 1000), UserCounts.parseSeries("10,100,1e3"));
    assertEquals(List.of(10, 20, 50, 100, 200, 500, 1000), UserCounts.parseSeries("10..1e3"));
    assertEquals(List.of(30, 50, 100, 150), UserCounts.parseSeries("30..150"));
    assertThrows(InputError.class, () -> UserCounts.parseSeries("10,,20"));
  }
}
