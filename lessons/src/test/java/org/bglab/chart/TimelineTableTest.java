package org.bglab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTableTest {

  @Test
  void readsSecondsAndGreenShareAndSplitsByStrategy() throws IOException {
    TimelineTable table = TimelineTable.parse(JmhTableTest.fixture("timeline.csv"), "t.csv");
    assertEquals(List.of("per-user", "pointer-swap"), table.seriesNames());
    List<TimelineTable.Row> perUser = table.rows("per-user");
    assertEquals(26, perUser.size());
    assertEquals(new TimelineTable.Row("per-user", 1.0, 0.5), perUser.get(10));
    ChartData chart = table.chart(null);
    assertEquals(Axes.LINEAR, chart.axes());
    assertEquals(2, chart.series().size());
  }

  @Test
  void aFileWithoutStrategyIsOneSeriesAndOtherColumnsAreIgnored() {
    TimelineTable table = TimelineTable.parse(
        "seconds,requests,greenShare\n0,10,0\n0.5,10,0.4\n1,10,1\n", "t.csv");
    assertEquals(List.of("green share"), table.seriesNames());
    assertEquals(1.0, table.rows().get(2).greenShare());
  }

  @Test
  void readsWhatSimulateCompareWritesAndSkipsSlicesWithoutRequests() {
    TimelineTable table = TimelineTable.parse("strategy,seconds,requests,blue,green,failed,"
        + "greenShare\nper-user,0,10,9,1,0,0.1\nper-user,0.5,0,0,0,0,0\nper-user,1,10,0,10,0,1\n"
        + "canary,0,10,9,1,0,0.1\n", "c.csv");
    assertEquals(List.of("per-user", "canary"), table.seriesNames());
    assertEquals(List.of(0.0, 1.0),
        table.rows("per-user").stream().map(TimelineTable.Row::seconds).toList());
  }

  @Test
  void namesTheFileAndLineOfBadValues() {
    IllegalArgumentException share = assertThrows(IllegalArgumentException.class,
        () -> TimelineTable.parse("seconds,greenShare\n0,0\n1,1.5\n", "t.csv"));
    assertEquals("t.csv:3: greenShare must be from 0 to 1, got 1.5", share.getMessage());
    IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
        () -> TimelineTable.parse("time,greenShare\n0,0\n", "t.csv"));
    assertTrue(column.getMessage().startsWith("t.csv:1: no column 'seconds'"), column.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TimelineTable.parse("", "t.csv"));
  }

  @Test
  void thinsLongSeriesEvenlyAndKeepsTheLastPoint() {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 12_345; i++) {
      points.add(new Point(i, i / 12_344.0));
    }
    List<Point> thinned = TimelineTable.thin(points);
    assertTrue(thinned.size() <= TimelineTable.MAX_POINTS, "size " + thinned.size());
    assertEquals(points.get(0), thinned.get(0));
    assertEquals(points.get(points.size() - 1), thinned.get(thinned.size() - 1));
    assertEquals(points.subList(0, 10), TimelineTable.thin(points.subList(0, 10)));
  }
}
