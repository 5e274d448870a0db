package org.bglab.cli;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.engine.CostModel;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.metrics.Exposure;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.metrics.Placement;
import org.bglab.simulator.metrics.RequestCounts;
import org.bglab.simulator.metrics.RollbackReport;
import org.bglab.simulator.metrics.RoutingSummary;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.CanarySwitch;
import org.bglab.simulator.strategy.LinearSwitch;

/** The plain-text report of one {@code simulate} run, and the set-up lines it shares. */
final class SimulationText {

  private SimulationText() {}

  /** One run, section by section. */
  static String render(SimulationConfig config, SimulationReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Switch of ").append(Numbers.count(report.users()))
        .append(" users from blue to green: ").append(strategyLabel(config, report.strategy()))
        .append(" (seed ").append(report.seed()).append(")\n");
    setup(config, List.of(report)).forEach(line -> out.append(line).append('\n'));
    out.append('\n').append(counts(report.counts())).append('\n').append(time(report))
        .append('\n').append(requests(report.requests())).append('\n')
        .append(routing(report)).append('\n');
    if (config.greenErrorRate() > 0 || report.rolledBack()) {
      out.append(exposure(report)).append('\n');
    }
    out.append(capacityAndRollback(report));
    return out.toString();
  }

  /** A strategy's name with the setting that shapes it. */
  static String strategyLabel(SimulationConfig config, String strategy) {
    return strategy + switch (strategy) {
      case BatchedSwitch.NAME -> ", " + Numbers.count(config.options().batchSize()) + " users per call";
      case CanarySwitch.NAME -> ", " + Measures.percent(config.options().canaryShare(), 2)
          + " first, the rest after " + Measures.duration(config.options().bakeTime().toNanos());
      case LinearSwitch.NAME -> ", steps of " + Measures.percent(config.options().linearStep(), 2)
          + " every " + Measures.duration(config.options().linearInterval().toNanos());
      default -> "";
    };
  }

  /** Which routing model ran, and what it means. */
  static String routingLine(SimulationConfig config) {
    return config.routingModel() == RoutingModel.PROXIES
        ? "Routing: proxies (the state is copied to " + config.options().proxyNodes()
            + " proxy nodes; every write, entry, pointer or weight, reaches each node after its"
            + " own lag, the slowest " + Measures.duration(config.costs().propagation().toNanos())
            + " after its call)."
        : "Routing: central (one router that every request reads; every write is seen the moment"
            + " its call makes it).";
  }

  /** What the runs assumed: costs, traffic, the faulty green, and a lowered rate if any. */
  static List<String> setup(SimulationConfig config, List<SimulationReport> reports) {
    CostModel costs = config.costs();
    List<String> lines = new ArrayList<>();
    boolean proxies = config.routingModel() == RoutingModel.PROXIES;
    lines.add("Costs: call " + Measures.duration(costs.updateCall().toNanos())
        + ", entry write " + Measures.duration(costs.entryWrite().toNanos())
        + ", pointer write " + Measures.duration(costs.pointerWrite().toNanos())
        + (proxies ? ", propagation " + Measures.duration(costs.propagation().toNanos()) + " to "
            + config.options().proxyNodes() + " nodes." : "; no propagation."));
    lines.add(routingLine(config));
    lines.add("Traffic: " + Measures.perSecond(config.requestsPerSecond())
        + " requests/s from random users until the switch is done plus a "
        + Measures.duration(config.options().bakeTime().toNanos()) + " bake.");
    if (config.greenErrorRate() > 0) {
      lines.add("Green fails " + Measures.percent(config.greenErrorRate(), 2)
          + " of its requests; the alarm rolls back above "
          + Measures.percent(config.monitoring().errorThreshold(), 2) + " failed over "
          + Measures.duration(config.monitoring().window().toNanos()) + ".");
    }
    for (SimulationReport report : reports) {
      RequestCounts q = report.requests();
      if (q.rateLowered()) {
        lines.add("Rate lowered" + (reports.size() > 1 ? " for " + report.strategy() : "")
            + " from " + Measures.rate(q.requestedRps()) + " to " + Measures.rate(q.rps())
            + " to fit --max-requests " + Numbers.count(config.maxRequests()) + ".");
      }
    }
    return lines;
  }

  private static String counts(OperationCounts c) {
    return new TextTable()
        .header("operations, measured", "count")
        .row("operations (entries + pointer writes)", Numbers.count(c.operations()))
        .row("entries written", Numbers.count(c.entriesWritten()))
        .row("update calls", Numbers.count(c.updateCalls()))
        .row("pointer writes", Numbers.count(c.pointerWrites()))
        .row("routing reads (one per request)", Numbers.count(c.routingReads()))
        .render();
  }

  private static String time(SimulationReport report) {
    TextTable table = new TextTable()
        .header("simulated time", "duration")
        .row(report.rolledBack() ? "switch, until the rollback began" : "switch",
            Measures.duration(report.time().switchNanos()));
    if (report.rolledBack()) {
      table.row("full switch, had nothing stopped it",
          Measures.duration(report.time().fullSwitchNanos()));
    }
    return table
        .row("mixed-version window", Measures.duration(report.time().mixedVersionWindowNanos()))
        .row("traffic", Measures.duration(report.time().trafficNanos()))
        .rightAlignFrom(1)
        .render();
  }

  private static String exposure(SimulationReport report) {
    Exposure e = report.exposure();
    String before = e.alarmed() ? "before the alarm" : "(no alarm)";
    return new TextTable()
        .header("green's exposure " + before, "value")
        .row("alarm at", e.alarmed() ? Measures.duration(e.alarmNanos()) : "none")
        .row("users routed to green", Numbers.count(e.usersRoutedToGreen()))
        .row("requests routed to green", Numbers.count(e.requestsToGreen()))
        .row("failed share of green's requests (whole run)",
            Measures.percent(report.failedShareOfGreen(), 1))
        .rightAlignFrom(1)
        .render();
  }

  private static String requests(RequestCounts q) {
    return new TextTable()
        .header("requests", "count")
        .row("sent", Numbers.count(q.sent()))
        .row("served by blue", Numbers.count(q.servedByBlue()))
        .row("served by green", Numbers.count(q.servedByGreen()))
        .row("failed", Numbers.count(q.failed()))
        .row("share routed to green", Measures.percent(q.greenShare(), 1))
        .row("rate", Measures.rate(q.rps()) + (q.rateLowered() ? " (lowered)" : ""))
        .rightAlignFrom(1)
        .render();
  }

  private static String routing(SimulationReport report) {
    RoutingSummary r = report.routing();
    Placement p = report.placement();
    TextTable table = new TextTable()
        .header("routing state afterwards (" + p.model().label() + ")", "value")
        .row("size", Numbers.bytes(r.bytes()))
        .row("bytes per user", Numbers.decimal(r.bytesPerUser(), 6));
    if (p.model() == RoutingModel.PROXIES) {
      table.row("window of unapplied writes, at its peak", Numbers.bytes(p.peakWindowBytes()));
    }
    return table.row("users on blue", Numbers.count(r.usersOnBlue()))
        .row("users on green", Numbers.count(r.usersOnGreen()))
        .render();
  }

  private static String capacityAndRollback(SimulationReport report) {
    TextTable table = new TextTable()
        .header("capacity and rollback", "value")
        .row("replicas per environment", Integer.toString(report.capacity().replicasPerEnvironment()))
        .row("peak replicas (both environments)", Integer.toString(report.capacity().peakReplicas()));
    if (report.rolledBack()) {
      RollbackReport b = report.rollback();
      table.row("rollback triggered at", Measures.duration(b.triggeredAtNanos()))
          .row("detected after (from green's first request)", Measures.duration(b.detectNanos()))
          .row("rollback took", Measures.duration(b.durationNanos()))
          .row("rollback operations", Numbers.count(b.counts().operations()))
          .row("rollback update calls", Numbers.count(b.counts().updateCalls()));
    } else {
      table.row("rollback", "none");
    }
    return table.rightAlignFrom(1).render();
  }
}
