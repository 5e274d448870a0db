package org.bglab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import org.bglab.simulator.metrics.Exposure;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.metrics.Placement;
import org.bglab.simulator.metrics.RequestCounts;
import org.bglab.simulator.metrics.RollbackReport;
import org.bglab.simulator.metrics.RoutingSummary;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.model.RoutingModel;

/**
 * The JSON of {@code simulate}: one object per run, keys in the documented order (DESIGN §5,
 * README); keys added later come after the ones before them. Seconds and rates are written as
 * exact plain decimals.
 */
final class SimulationJson {

  private SimulationJson() {}

  /** The runs of {@code --compare}, one object each. */
  static ArrayNode of(List<SimulationReport> reports) {
    ArrayNode array = JsonOutput.mapper().createArrayNode();
    reports.forEach(report -> array.add(of(report)));
    return array;
  }

  /** One run. */
  static ObjectNode of(SimulationReport report) {
    ObjectNode root = JsonOutput.object();
    root.put("strategy", report.strategy());
    root.put("users", report.users());
    if (report.batchSize() > 0) {
      root.put("batchSize", report.batchSize());
    } else {
      root.putNull("batchSize");
    }
    root.put("seed", report.seed());
    Placement placement = report.placement();
    counts(root.putObject("counts"), report.counts());
    RoutingSummary r = report.routing();
    ObjectNode routing = root.putObject("routing");
    routing.put("bytes", r.bytes());
    number(routing, "bytesPerUser", Numbers.decimal(r.bytesPerUser(), 6));
    routing.put("usersOnBlue", r.usersOnBlue());
    routing.put("usersOnGreen", r.usersOnGreen());
    routing.put("peakWindowBytes", placement.peakWindowBytes());
    ObjectNode time = root.putObject("time");
    number(time, "switchSeconds", Measures.seconds(report.time().switchNanos()));
    number(time, "mixedVersionWindowSeconds",
        Measures.seconds(report.time().mixedVersionWindowNanos()));
    number(time, "fullSwitchSeconds", Measures.seconds(report.time().fullSwitchNanos()));
    RequestCounts q = report.requests();
    ObjectNode requests = root.putObject("requests");
    requests.put("sent", q.sent());
    requests.put("servedByBlue", q.servedByBlue());
    requests.put("servedByGreen", q.servedByGreen());
    requests.put("failed", q.failed());
    number(requests, "rps", Measures.plain(q.rps()));
    requests.put("rateLowered", q.rateLowered());
    ObjectNode capacity = root.putObject("capacity");
    capacity.put("replicasPerEnvironment", report.capacity().replicasPerEnvironment());
    capacity.put("peakReplicas", report.capacity().peakReplicas());
    if (report.rolledBack()) {
      RollbackReport b = report.rollback();
      ObjectNode rollback = root.putObject("rollback");
      number(rollback, "triggeredAtSeconds", Measures.seconds(b.triggeredAtNanos()));
      number(rollback, "detectSeconds", Measures.seconds(b.detectNanos()));
      number(rollback, "durationSeconds", Measures.seconds(b.durationNanos()));
      counts(rollback.putObject("counts"), b.counts());
    } else {
      root.putNull("rollback");
    }
    root.put("routingModel", placement.model().label());
    if (placement.model() == RoutingModel.PROXIES) {
      root.put("proxyNodes", placement.proxyNodes());
    } else {
      root.putNull("proxyNodes");
    }
    Exposure e = report.exposure();
    ObjectNode exposure = root.putObject("exposure");
    if (e.alarmed()) {
      number(exposure, "alarmSeconds", Measures.seconds(e.alarmNanos()));
    } else {
      exposure.putNull("alarmSeconds");
    }
    exposure.put("usersRoutedToGreen", e.usersRoutedToGreen());
    exposure.put("requestsToGreen", e.requestsToGreen());
    number(exposure, "failedShareOfGreen", Numbers.decimal(report.failedShareOfGreen(), 6));
    return root;
  }

  private static void counts(ObjectNode node, OperationCounts c) {
    node.put("operations", c.operations());
    node.put("entriesWritten", c.entriesWritten());
    node.put("updateCalls", c.updateCalls());
    node.put("pointerWrites", c.pointerWrites());
    node.put("routingReads", c.routingReads());
  }

  /** A number written exactly as given, never in exponent form. */
  private static void number(ObjectNode node, String name, String plainDecimal) {
    node.putRawValue(name, new RawValue(plainDecimal));
  }
}
