package org.bglab.cli;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.metrics.Exposure;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.metrics.Placement;
import org.bglab.simulator.metrics.RequestCounts;
import org.bglab.simulator.metrics.RoutingSummary;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.metrics.TimelineBucket;
import org.bglab.simulator.model.RoutingModel;

/** The CSV of {@code simulate}: one row per run, and the timeline of {@code --timeline}. */
final class SimulationCsv {

  /** The columns of a run, in order. */
  static final List<String> COLUMNS = List.of(
      "strategy", "users", "batchSize", "seed", "operations", "entriesWritten", "updateCalls",
      "pointerWrites", "routingReads", "routingBytes", "bytesPerUser", "usersOnBlue",
      "usersOnGreen", "switchSeconds", "mixedVersionWindowSeconds", "trafficSeconds", "sent",
      "servedByBlue", "servedByGreen", "failed", "rps", "rateLowered", "replicasPerEnvironment",
      "peakReplicas", "rollbackTriggeredAtSeconds", "rollbackDetectSeconds",
      "rollbackDurationSeconds", "rollbackOperations", "rollbackUpdateCalls", "routingModel",
      "proxyNodes", "peakWindowBytes", "fullSwitchSeconds", "alarmSeconds", "usersRoutedToGreen",
      "requestsToGreen", "failedShareOfGreen");

  /** The columns of a timeline; {@code --compare} puts {@code strategy} first. */
  static final List<String> TIMELINE_COLUMNS =
      List.of("seconds", "requests", "blue", "green", "failed", "greenShare");

  private SimulationCsv() {}

  /** The runs as CSV with a header line. */
  static String runs(List<SimulationReport> reports) {
    List<List<?>> rows = new ArrayList<>();
    for (SimulationReport report : reports) {
      rows.add(row(report));
    }
    return CsvOutput.render(COLUMNS, rows);
  }

  private static List<?> row(SimulationReport report) {
    OperationCounts c = report.counts();
    RoutingSummary r = report.routing();
    RequestCounts q = report.requests();
    List<Object> row = new ArrayList<>(List.of(report.strategy(), report.users(),
        report.batchSize() > 0 ? Integer.toString(report.batchSize()) : "", report.seed(),
        c.operations(), c.entriesWritten(), c.updateCalls(), c.pointerWrites(), c.routingReads(),
        r.bytes(), Numbers.decimal(r.bytesPerUser(), 6), r.usersOnBlue(), r.usersOnGreen(),
        Measures.seconds(report.time().switchNanos()),
        Measures.seconds(report.time().mixedVersionWindowNanos()),
        Measures.seconds(report.time().trafficNanos()), q.sent(), q.servedByBlue(),
        q.servedByGreen(), q.failed(), Measures.plain(q.rps()), q.rateLowered(),
        report.capacity().replicasPerEnvironment(), report.capacity().peakReplicas()));
    if (report.rolledBack()) {
      var b = report.rollback();
      row.addAll(List.of(Measures.seconds(b.triggeredAtNanos()), Measures.seconds(b.detectNanos()),
          Measures.seconds(b.durationNanos()), b.counts().operations(), b.counts().updateCalls()));
    } else {
      row.addAll(List.of("", "", "", "", ""));
    }
    Placement p = report.placement();
    Exposure e = report.exposure();
    row.addAll(List.of(p.model().label(),
        p.model() == RoutingModel.PROXIES ? Integer.toString(p.proxyNodes()) : "",
        p.peakWindowBytes(), Measures.seconds(report.time().fullSwitchNanos()),
        e.alarmed() ? Measures.seconds(e.alarmNanos()) : "", e.usersRoutedToGreen(),
        e.requestsToGreen(), Numbers.decimal(report.failedShareOfGreen(), 6)));
    return row;
  }

  /** The timelines of the runs; with more than one run, each row starts with its strategy. */
  static String timelines(List<SimulationReport> reports) {
    boolean named = reports.size() > 1;
    List<String> columns = new ArrayList<>();
    if (named) {
      columns.add("strategy");
    }
    columns.addAll(TIMELINE_COLUMNS);
    List<List<?>> rows = new ArrayList<>();
    for (SimulationReport report : reports) {
      for (TimelineBucket bucket : report.timeline().buckets()) {
        List<Object> row = new ArrayList<>();
        if (named) {
          row.add(report.strategy());
        }
        row.addAll(List.of(Measures.seconds(bucket.startNanos()), bucket.requests(),
            bucket.blue(), bucket.green(), bucket.failed(),
            Numbers.decimal(bucket.greenShare(), 4)));
        rows.add(row);
      }
    }
    return CsvOutput.render(columns, rows);
  }
}
