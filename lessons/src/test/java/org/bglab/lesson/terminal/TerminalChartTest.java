package org.bglab.lesson.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.bglab.lesson.ChartStyle;
import org.bglab.lesson.CommandText;
import org.bglab.lesson.LessonBlock;
import org.junit.jupiter.api.Test;

class TerminalChartTest {

  private static final String CSV = """
      users,strategy,operations
      10,per-user,10
      10,pointer-swap,1
      100,per-user,100
      100,pointer-swap,1
      1000,per-user,1000
      1000,pointer-swap,1
      """;

  private static LessonBlock.Chart chart(ChartStyle style, String y) {
    CommandText data = new CommandText("bglab table --format csv",
        List.of("table", "--format", "csv"), 1);
    return new LessonBlock.Chart(data, "users", y, Optional.of("strategy"), style, Optional.empty());
  }

  /** The visible length of the bar in a bars-chart line: its block characters. */
  private static int barLength(String line) {
    return (int) line.chars().filter(c -> c >= '█' && c <= '▏').count();
  }

  private static List<String> lines(ChartStyle style) {
    return TerminalChart.render(chart(style, "operations"), CSV, 78, new Palette(false));
  }

  @Test
  void barsGrowByTheSameStepForEachFactorOfTenAndStayFlatForAConstant() {
    List<String> bars = lines(ChartStyle.BARS).stream()
        .filter(l -> l.contains("per-user") || l.contains("pointer-swap")).toList();
    assertEquals(6, bars.size());
    int[] perUser = {barLength(bars.get(0)), barLength(bars.get(2)), barLength(bars.get(4))};
    int[] pointer = {barLength(bars.get(1)), barLength(bars.get(3)), barLength(bars.get(5))};
    assertTrue(perUser[0] < perUser[1] && perUser[1] < perUser[2], bars.toString());
    assertTrue(Math.abs((perUser[1] - perUser[0]) - (perUser[2] - perUser[1])) <= 1, bars.toString());
    assertEquals(pointer[0], pointer[1]);
    assertEquals(pointer[1], pointer[2]);
    assertTrue(bars.get(4).endsWith("1,000"), bars.get(4));
  }

  @Test
  void sparklinesRiseForAGrowingSeriesAndStayLowForAConstant() {
    List<String> lines = lines(ChartStyle.SPARKLINE);
    String perUser = lines.stream().filter(l -> l.contains("per-user")).findFirst().orElseThrow();
    String pointer = lines.stream().filter(l -> l.contains("pointer-swap")).findFirst().orElseThrow();
    String levels = "▁▂▃▄▅▆▇█";
    List<Integer> rising = perUser.chars().filter(c -> levels.indexOf(c) >= 0)
        .map(levels::indexOf).boxed().toList();
    assertEquals(6, rising.size());
    assertTrue(rising.get(0) < rising.get(2) && rising.get(2) < rising.get(4), perUser);
    assertEquals(7, rising.get(5));
    assertTrue(pointer.contains("▁▁▁▁▁▁"), pointer);
    assertTrue(perUser.endsWith("10 → 1,000"), perUser);
  }

  @Test
  void aMissingColumnOrANonNumberIsReported() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> TerminalChart.render(chart(ChartStyle.BARS, "calls"), CSV, 78, new Palette(false)));
    assertTrue(missing.getMessage().contains("'calls'"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TerminalChart.render(
        chart(ChartStyle.BARS, "strategy"), CSV, 78, new Palette(false)));
  }
}
