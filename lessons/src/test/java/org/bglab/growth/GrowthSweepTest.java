package org.bglab.growth;

import org.bglab.chart.TimelineTable;

import org.bglab.chart.JmhTable;

import org.bglab.chart.MetricTable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bglab.chart.Axes;
import org.bglab.chart.ImageFormat;
import org.bglab.simulator.lab.ComplexityClass;
import org.bglab.simulator.lab.SizeSeries;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SwitchMeasurement;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.growth.GrowthCharts.Timeline;
import org.junit.jupiter.api.Test;

/** The growth use case on its own: values in, values out, no command line. */
class GrowthSweepTest {

  private static final List<Integer> SMALL = SizeSeries.oneTwoFive(10, 1000);
  private static final ChartLayout SMALL_PICTURE = new ChartLayout(null, Axes.LOG_LOG, 400, 300);

  private static GrowthRequest request(SweepMetric... metrics) {
    return GrowthRequest.defaults(List.of(metrics)).withUsers(SMALL);
  }

  @Test
  void reportsEveryPointAsItIsMeasuredInPlanOrder() {
    GrowthSweep sweep = GrowthSweep.of(request(SweepMetric.OPERATIONS));
    List<SwitchMeasurement> seen = new ArrayList<>();
    List<Long> done = new ArrayList<>();
    sweep.run((measurement, work, total) -> {
      seen.add(measurement);
      done.add(work);
      assertEquals(sweep.plan().work(), total);
    });
    assertEquals(3 * SMALL.size(), seen.size());
    assertEquals("per-user", seen.get(0).label());
    assertEquals(10, seen.get(0).users());
    assertEquals(1000, seen.get(SMALL.size() - 1).users());
    assertEquals("batched (b=100)", seen.get(SMALL.size()).label());
    assertEquals(1000, seen.get(SMALL.size() - 1).counts().entriesWritten(),
        "each point is the measured switch, not a formula");
    assertEquals(sweep.plan().work(), done.get(done.size() - 1));
  }

  @Test
  void returnsOneChartPerMetricWithItsNameFitsAndData() {
    List<GrowthChart> charts =
        GrowthSweep.of(request(SweepMetric.CALLS, SweepMetric.TIME)).run((m, d, t) -> {});
    assertEquals(List.of("calls-vs-n_n10-1e3", "time-vs-n_n10-1e3"),
        charts.stream().map(GrowthChart::name).toList());
    GrowthChart calls = charts.get(0);
    assertEquals("calls-vs-n_n10-1e3", calls.pictureName());
    List<SeriesFit> fits = calls.seriesFits();
    assertEquals(List.of("per-user", "batched (b=100)", "pointer-swap"),
        fits.stream().map(SeriesFit::series).toList());
    assertEquals(ComplexityClass.LINEAR, fits.get(0).complexityClass());
    assertEquals(ComplexityClass.CONSTANT, fits.get(2).complexityClass());
    assertTrue(fits.get(0).error() < 1e-6, "n calls for n users is exactly linear");
    assertEquals(Optional.empty(), fits.get(0).doubt());
    DataTable data = calls.data().orElseThrow();
    assertEquals(List.of("series", "strategy", "batchSize", "n", "updateCalls"), data.columns());
    assertTrue(data.rows().contains(List.of("batched (b=100)", "batched", "100", "1000", "10")),
        data.rows().toString());
    assertTrue(charts.get(1).chart().title().endsWith("(routing: proxies)"),
        charts.get(1).chart().title());
    assertEquals(3, calls.fitTable().rows().size() / ComplexityClass.values().length);
  }

  @Test
  void sweepsACourseStrategyOncePerBatchSizeAfterTheBuiltInOnes() {
    GrowthRequest request = new GrowthRequest(SMALL, List.of("per-user"), List.of(10, 100),
        List.of(SweepMetric.CALLS), RoutingModel.PROXIES, ChartLayout.DEFAULT,
        options -> List.of(new BatchedSwitch(options.batchSize())));
    GrowthSweep sweep = GrowthSweep.of(request);
    assertEquals(List.of("per-user", "batched (b=10)", "batched (b=100)"),
        sweep.plan().series().stream().map(s -> s.label()).toList());
    assertEquals("calls-vs-n_n10-1e3_per-user+batched_b10+100",
        sweep.run((m, d, t) -> {}).get(0).name());
    assertTrue(sweep.largestRoutingBytes() > 0);
  }

  @Test
  void theSvgIsTheSvgPictureAsTextAndTheSameEveryTime() {
    GrowthRequest request = new GrowthRequest(SMALL, GrowthRequest.DEFAULT_STRATEGIES,
        List.of(100), List.of(SweepMetric.OPERATIONS), RoutingModel.PROXIES, SMALL_PICTURE,
        GrowthRequest.NONE);
    GrowthChart chart = GrowthSweep.of(request).run((m, d, t) -> {}).get(0);
    String svg = chart.svg(400, 300);
    assertTrue(svg.contains("<svg") && svg.contains("viewBox=\"0 0 400 300\""), svg.substring(0, 300));
    assertArrayEquals(chart.picture(ImageFormat.SVG, 400, 300),
        svg.getBytes(StandardCharsets.UTF_8));
    GrowthChart again = GrowthSweep.of(request).run((m, d, t) -> {}).get(0);
    assertEquals(svg, again.svg(400, 300));
    assertEquals("operations-vs-n_n10-1e3_400x300", chart.pictureName());
  }

  @Test
  void aChartRedrawnFromItsCsvShowsTheSameSeries() {
    GrowthChart swept = GrowthSweep.of(request(SweepMetric.OPERATIONS)).run((m, d, t) -> {}).get(0);
    StringBuilder csv = new StringBuilder(String.join(",", swept.data().orElseThrow().columns()));
    for (List<?> row : swept.data().orElseThrow().rows()) {
      csv.append('\n').append(String.join(",", row.stream().map(String::valueOf).toList()));
    }
    GrowthChart redrawn = GrowthCharts.fromCsv(MetricTable.parse(csv + "\n", "t.csv"),
        Path.of("dir", swept.name() + ".csv"), ChartLayout.DEFAULT);
    assertEquals(swept.chart(), redrawn.chart());
    assertEquals(swept.name(), redrawn.name());
    assertEquals(Optional.empty(), redrawn.data(), "its data is the file it came from");
  }

  @Test
  void drawsJmhResultsAndTimelinesFromTheirFiles() throws IOException {
    List<GrowthChart> jmh = GrowthCharts.fromJmh(JmhTable.parse(fixture("switch-benchmark.json"), "s.json"),
        Path.of("switch-benchmark.json"), ChartLayout.DEFAULT);
    assertEquals(List.of("switch-benchmark-vs-n"), jmh.stream().map(GrowthChart::name).toList());
    assertEquals(12, jmh.get(0).data().orElseThrow().rows().size());
    Timeline timeline = GrowthCharts.timeline(TimelineTable.parse(fixture("timeline.csv"), "t.csv"),
        Path.of("t.csv"),
        new ChartLayout(null, Axes.LINEAR, 800, 600));
    assertEquals("t-green-share", timeline.chart().name());
    assertEquals("t-green-share_800x600", timeline.chart().pictureName(),
        "a timeline is always linear, so its name does not say so");
    assertTrue(timeline.chart().fits().isEmpty());
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = GrowthSweepTest.class.getResourceAsStream("/org/bglab/chart/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
