package org.bglab.output;

import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.engine.CostModel;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.metrics.Measure;
import org.bglab.simulator.metrics.Placement;
import org.bglab.simulator.metrics.RequestCounts;
import org.bglab.simulator.metrics.Section;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.CanarySwitch;
import org.bglab.simulator.strategy.LinearSwitch;

/** The plain-text report of one {@code simulate} run, and the set-up lines it shares. */
public final class SimulationText {

  private SimulationText() {}

  /** One run, section by section. */
  public static String render(SimulationConfig config, SimulationReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Switch of ").append(Numbers.count(report.users()))
        .append(" users from blue to green: ").append(strategyLabel(config, report.strategy()))
        .append(" (seed ").append(report.seed()).append(")\n");
    setup(config, List.of(report)).forEach(line -> out.append(line).append('\n'));
    out.append('\n').append(counts(report)).append('\n').append(time(report))
        .append('\n').append(requests(report)).append('\n')
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

  /** Every count of the catalogue, in its order: a new count shows here without a change. */
  private static String counts(SimulationReport report) {
    TextTable table = new TextTable().header("operations, measured", "count");
    for (Measure measure : Measure.values()) {
      if (measure.section() == Section.COUNTS) {
        table.row(measure.label(), people(measure, report));
      }
    }
    return table.render();
  }

  private static String time(SimulationReport report) {
    TextTable table = new TextTable()
        .header("simulated time", "duration")
        .row(report.rolledBack() ? "switch, until the rollback began" : "switch",
            people(Measure.SWITCH_TIME, report));
    if (report.rolledBack()) {
      table.row("full switch, had nothing stopped it", people(Measure.FULL_SWITCH_TIME, report));
    }
    return table
        .row("mixed-version window", people(Measure.MIXED_VERSION_WINDOW, report))
        .row("traffic", people(Measure.TRAFFIC_TIME, report))
        .rightAlignFrom(1)
        .render();
  }

  private static String exposure(SimulationReport report) {
    String before = report.exposure().alarmed() ? "before the alarm" : "(no alarm)";
    return new TextTable()
        .header("green's exposure " + before, "value")
        .row("alarm at", MeasureFormat.forPeople(Measure.ALARM_TIME, report, "none"))
        .row("users routed to green", people(Measure.USERS_ROUTED_TO_GREEN, report))
        .row("requests routed to green", people(Measure.REQUESTS_TO_GREEN, report))
        .row("failed share of green's requests (whole run)",
            people(Measure.FAILED_SHARE_OF_GREEN, report))
        .rightAlignFrom(1)
        .render();
  }

  private static String requests(SimulationReport report) {
    RequestCounts q = report.requests();
    return new TextTable()
        .header("requests", "count")
        .row("sent", people(Measure.SENT, report))
        .row("served by blue", people(Measure.SERVED_BY_BLUE, report))
        .row("served by green", people(Measure.SERVED_BY_GREEN, report))
        .row("failed", people(Measure.FAILED, report))
        .row("share routed to green", Measures.percent(q.greenShare(), 1))
        .row("rate", people(Measure.RPS, report) + (q.rateLowered() ? " (lowered)" : ""))
        .rightAlignFrom(1)
        .render();
  }

  private static String routing(SimulationReport report) {
    Placement p = report.placement();
    TextTable table = new TextTable()
        .header("routing state afterwards (" + p.model().label() + ")", "value")
        .row("size", people(Measure.ROUTING_BYTES, report))
        .row("bytes per user", people(Measure.BYTES_PER_USER, report));
    if (p.model() == RoutingModel.PROXIES) {
      table.row("window of unapplied writes, at its peak",
          people(Measure.PEAK_WINDOW_BYTES, report));
    }
    return table.row("users on blue", people(Measure.USERS_ON_BLUE, report))
        .row("users on green", people(Measure.USERS_ON_GREEN, report))
        .render();
  }

  private static String capacityAndRollback(SimulationReport report) {
    TextTable table = new TextTable()
        .header("capacity and rollback", "value")
        .row("replicas per environment", people(Measure.REPLICAS_PER_ENVIRONMENT, report))
        .row("peak replicas (both environments)", people(Measure.PEAK_REPLICAS, report));
    if (report.rolledBack()) {
      table.row("rollback triggered at", people(Measure.ROLLBACK_TRIGGERED_AT, report))
          .row("detected after (from green's first request)",
              people(Measure.ROLLBACK_DETECT, report))
          .row("rollback took", people(Measure.ROLLBACK_DURATION, report))
          .row("rollback operations", people(Measure.ROLLBACK_OPERATIONS, report))
          .row("rollback update calls", people(Measure.ROLLBACK_UPDATE_CALLS, report));
    } else {
      table.row("rollback", "none");
    }
    return table.rightAlignFrom(1).render();
  }

  private static String people(Measure measure, SimulationReport report) {
    return MeasureFormat.forPeople(measure, report);
  }
}
