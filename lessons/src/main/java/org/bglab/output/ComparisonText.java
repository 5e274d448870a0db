package org.bglab.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.metrics.Measure;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.CanarySwitch;
import org.bglab.simulator.strategy.LinearSwitch;

/** {@code simulate --compare} as text: one column per strategy, one screen. */
public final class ComparisonText {

  private ComparisonText() {}

  public static String render(SimulationConfig config, List<SimulationReport> reports) {
    StringBuilder out = new StringBuilder();
    out.append("Every strategy, the same inputs: ").append(Numbers.count(config.users()))
        .append(" users from blue to green (seed ").append(config.seed()).append(")\n");
    SimulationText.setup(config, reports).forEach(line -> out.append(line).append('\n'));
    TextTable table = new TextTable().rightAlignFrom(1);
    table.header(cells("", reports, SimulationReport::strategy));
    table.header(cells("", reports, report -> setting(config, report.strategy())));
    row(table, "mixed-version window", reports, Measure.MIXED_VERSION_WINDOW);
    row(table, "switch time", reports, Measure.SWITCH_TIME);
    row(table, "full switch time", reports, Measure.FULL_SWITCH_TIME);
    row(table, "traffic window", reports, Measure.TRAFFIC_TIME);
    table.rule();
    row(table, "requests sent", reports, r -> MeasureFormat.forPeople(Measure.SENT, r)
        + (r.requests().rateLowered() ? "*" : ""));
    row(table, "routed to green", reports, r -> Measures.percent(r.requests().greenShare(), 1));
    row(table, "served by blue", reports, Measure.SERVED_BY_BLUE);
    row(table, "served by green", reports, Measure.SERVED_BY_GREEN);
    row(table, "failed", reports, Measure.FAILED);
    table.rule();
    row(table, "operations", reports, Measure.OPERATIONS);
    row(table, "update calls", reports, Measure.UPDATE_CALLS);
    row(table, "routing state", reports, Measure.ROUTING_BYTES);
    if (config.greenErrorRate() > 0 || reports.stream().anyMatch(SimulationReport::rolledBack)) {
      table.rule();
      row(table, "rollback at", reports,
          r -> MeasureFormat.forPeople(Measure.ROLLBACK_TRIGGERED_AT, r, "none"));
      row(table, "rollback took", reports,
          r -> MeasureFormat.forPeople(Measure.ROLLBACK_DURATION, r, "-"));
      row(table, "rollback calls", reports,
          r -> MeasureFormat.forPeople(Measure.ROLLBACK_UPDATE_CALLS, r, "-"));
      table.rule();
      row(table, "users on green by alarm", reports, Measure.USERS_ROUTED_TO_GREEN);
      row(table, "requests to green by alarm", reports, Measure.REQUESTS_TO_GREEN);
      row(table, "failed share of green", reports, Measure.FAILED_SHARE_OF_GREEN);
    }
    out.append('\n').append(table.render()).append('\n');
    out.append("mixed-version window: how long some users reached blue while others reached"
        + " green.\n");
    out.append("switch time: until every user reached green (when rolled back: until the"
        + " rollback began).\n");
    out.append("full switch time: how long the switch takes when nothing stops it.\n");
    if (config.greenErrorRate() > 0 || reports.stream().anyMatch(SimulationReport::rolledBack)) {
      out.append("by alarm: the users routed to green when the alarm fired, and the requests"
          + " routed to green\nuntil then (the whole run without one). A switch cut short early"
          + " exposed only the users\nit had reached.\n");
    }
    if (reports.stream().anyMatch(r -> r.requests().rateLowered())) {
      out.append("* rate lowered to stay within --max-requests; see above.\n");
    }
    return out.toString();
  }

  private static String setting(SimulationConfig config, String strategy) {
    return switch (strategy) {
      case BatchedSwitch.NAME -> "b=" + config.options().batchSize();
      case CanarySwitch.NAME -> Measures.percent(config.options().canaryShare(), 2) + " first";
      case LinearSwitch.NAME -> Measures.percent(config.options().linearStep(), 2) + " every "
          + Measures.duration(config.options().linearInterval().toNanos());
      default -> "";
    };
  }

  private static void row(
      TextTable table, String label, List<SimulationReport> reports, Measure measure) {
    row(table, label, reports, report -> MeasureFormat.forPeople(measure, report));
  }

  private static void row(TextTable table, String label, List<SimulationReport> reports,
      Function<SimulationReport, String> cell) {
    table.row(cells(label, reports, cell));
  }

  private static String[] cells(String label, List<SimulationReport> reports,
      Function<SimulationReport, String> cell) {
    List<String> cells = new ArrayList<>();
    cells.add(label);
    reports.forEach(report -> cells.add(cell.apply(report)));
    return cells.toArray(String[]::new);
  }
}
