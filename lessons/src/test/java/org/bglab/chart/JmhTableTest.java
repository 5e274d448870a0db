package org.bglab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bglab.simulator.lab.ComplexityClass;
import org.bglab.simulator.lab.ComplexityFit;
import org.junit.jupiter.api.Test;

class JmhTableTest {

  static String fixture(String name) throws IOException {
    try (InputStream in = JmhTableTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One JMH result in the format JMH writes, reduced to the fields bglab reads. */
  private static String result(String benchmark, String mode, String unit, String params,
      double score) {
    return "{\"benchmark\": \"" + benchmark + "\", \"mode\": \"" + mode + "\", \"params\": {"
        + params + "}, \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": 0.1,"
        + " \"scoreUnit\": \"" + unit + "\"}}";
  }

  @Test
  void readsTheFixtureAsOneSeriesPerStrategyWithNAsSize() throws IOException {
    List<JmhTable> tables = JmhTable.parse(fixture("switch-benchmark.json"), "bench.json");
    assertEquals(1, tables.size());
    JmhTable table = tables.get(0);
    assertEquals("avgt", table.mode());
    assertEquals("us/op", table.unit());
    assertEquals("average time in us/op", table.yTitle());
    assertEquals(List.of("batched", "per-user", "pointer-swap"), table.seriesNames());
    assertEquals(List.of(1000.0, 10000.0, 100000.0, 1000000.0),
        table.observations("per-user").stream().map(o -> o.n()).toList());
    Map<String, ComplexityFit> fits = table.fits();
    assertEquals(ComplexityClass.LINEAR, fits.get("per-user").complexityClass());
    assertEquals(ComplexityClass.LINEAR, fits.get("batched").complexityClass());
    assertEquals(ComplexityClass.CONSTANT, fits.get("pointer-swap").complexityClass());
    ChartData chart = table.chart(null, Axes.LOG_LOG, fits);
    assertEquals("per-user — O(n)", chart.series().get(1).legend());
    assertTrue(chart.title().contains("SwitchBenchmark"), chart.title());
  }

  @Test
  void sortsSizesNumericallyAndNamesSeriesByWhatDiffers() {
    String json = "[" + String.join(",",
        result("a.B.perUser", "avgt", "ns/op", "\"n\": \"100\", \"seed\": \"1\"", 100),
        result("a.B.perUser", "avgt", "ns/op", "\"n\": \"20\", \"seed\": \"1\"", 20),
        result("a.B.swap", "avgt", "ns/op", "\"n\": \"100\", \"seed\": \"1\"", 3),
        result("a.B.swap", "avgt", "ns/op", "\"n\": \"20\", \"seed\": \"1\"", 3)) + "]";
    JmhTable table = JmhTable.parse(json, "x.json").get(0);
    assertEquals(List.of("perUser", "swap"), table.seriesNames());
    assertEquals(List.of(20.0, 100.0),
        table.observations("perUser").stream().map(o -> o.n()).toList());
  }

  @Test
  void splitsResultsWithOtherModesOrUnits() {
    String json = "[" + String.join(",",
        result("a.B.m", "avgt", "ns/op", "\"n\": \"10\"", 5),
        result("a.B.m", "thrpt", "ops/s", "\"n\": \"10\"", 5)) + "]";
    List<JmhTable> tables = JmhTable.parse(json, "x.json");
    assertEquals(List.of("avgt", "thrpt"), tables.stream().map(JmhTable::mode).toList());
    assertEquals("throughput in ops/s", tables.get(1).yTitle());
  }

  @Test
  void namesTheFileAndWhatIsMissing() {
    IllegalArgumentException noN = assertThrows(IllegalArgumentException.class,
        () -> JmhTable.parse("[" + result("a.B.m", "avgt", "ns/op", "\"size\": \"10\"", 5) + "]",
            "r.json"));
    assertTrue(noN.getMessage().startsWith("r.json: result 1 (a.B.m): no parameter 'n'"),
        noN.getMessage());
    IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
        () -> JmhTable.parse("[{\"benchmark\": ", "r.json"));
    assertTrue(broken.getMessage().startsWith("r.json:1: not valid JSON"), broken.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> JmhTable.parse("[]", "r.json"));
    assertTrue(empty.getMessage().contains("found none"), empty.getMessage());
  }
}
