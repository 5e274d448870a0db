package org.bglab.simulator.metrics;

import java.util.Objects;
import java.util.function.Function;
import org.bglab.simulator.model.RoutingModel;

/**
 * The catalogue of what a simulated run measures: every figure a {@link SimulationReport}
 * reports, described once, with its name in JSON and CSV, its {@link Unit}, what it means, and
 * how it is read from a report. Every output of a run (JSON, CSV, text, the README's field
 * table) is derived from this list, like the metrics a Caffeine {@code PolicyStats} holds.
 *
 * <p>The order is the order of the CSV columns and, within each {@link Section}, of the JSON
 * keys. New measures go at the end, so that no column or key moves: adding a counter to the
 * report means measuring it and adding one constant here; a new count is also listed in the
 * text of a run, under its {@link #label()}.
 *
 * <p>A measure may have no JSON name (a CSV column only) or no CSV column (JSON only). A value is
 * absent ({@code null}: JSON {@code null}, an empty CSV cell) when it does not apply to the run,
 * such as the batch size of a strategy without batches; a whole section is absent when the run
 * has none, such as the rollback of a run without one.
 */
public enum Measure {
  /** The strategy's name. */
  STRATEGY(Section.RUN, "strategy", "strategy", Unit.NAME,
      "the strategy", SimulationReport::strategy),
  /** The number of users. */
  USERS(Section.RUN, "users", "users", Unit.NUMBER,
      "the number of users", r -> (long) r.users()),
  /** Users per update call, for {@code batched} only. */
  BATCH_SIZE(Section.RUN, "batchSize", "batchSize", Unit.NUMBER,
      "users per update call (`--batch-size`); `null` for strategies without batches",
      r -> r.batchSize() > 0 ? (long) r.batchSize() : null),
  /** The seed. */
  SEED(Section.RUN, "seed", "seed", Unit.NUMBER,
      "the seed of every random choice", SimulationReport::seed),
  /** Entries written plus pointer writes. */
  OPERATIONS(Section.COUNTS, "operations", "operations", Unit.COUNT,
      "entries written + pointer writes", r -> r.counts().operations(),
      "operations (entries + pointer writes)"),
  /** Routing-table entries written. */
  ENTRIES_WRITTEN(Section.COUNTS, "entriesWritten", "entriesWritten", Unit.COUNT,
      "routing-table entries written, one per user assignment",
      r -> r.counts().entriesWritten(), "entries written"),
  /** Update calls. */
  UPDATE_CALLS(Section.COUNTS, "updateCalls", "updateCalls", Unit.COUNT,
      "update calls (round trips to the router)", r -> r.counts().updateCalls(),
      "update calls"),
  /** Writes of the single indirection. */
  POINTER_WRITES(Section.COUNTS, "pointerWrites", "pointerWrites", Unit.COUNT,
      "writes of the single indirection", r -> r.counts().pointerWrites(), "pointer writes"),
  /** Routing reads, one per request. */
  ROUTING_READS(Section.COUNTS, "routingReads", "routingReads", Unit.COUNT,
      "routing-state reads, one per request routed", r -> r.counts().routingReads(),
      "routing reads (one per request)"),
  /** The routing state's memory. */
  ROUTING_BYTES(Section.ROUTING, "bytes", "routingBytes", Unit.BYTES,
      "memory of the routing state itself; with proxies it includes one lag per node, 8 B each",
      r -> r.routing().bytes()),
  /** The routing state's memory per user. */
  BYTES_PER_USER(Section.ROUTING, "bytesPerUser", "bytesPerUser", Unit.RATIO,
      "`bytes` divided by the users", r -> r.routing().bytesPerUser()),
  /** Users whose route leads to blue after the run. */
  USERS_ON_BLUE(Section.ROUTING, "usersOnBlue", "usersOnBlue", Unit.COUNT,
      "users whose route leads to blue after the run", r -> r.routing().usersOnBlue()),
  /** Users whose route leads to green after the run. */
  USERS_ON_GREEN(Section.ROUTING, "usersOnGreen", "usersOnGreen", Unit.COUNT,
      "users whose route leads to green after the run", r -> r.routing().usersOnGreen()),
  /** The switch's simulated duration. */
  SWITCH_TIME(Section.TIME, "switchSeconds", "switchSeconds", Unit.NANOS,
      "simulated time until every user's route led to green, as every user's node saw it (with"
          + " a rollback: until the rollback began)", r -> r.time().switchNanos()),
  /** How long versions were mixed. */
  MIXED_VERSION_WINDOW(Section.TIME, "mixedVersionWindowSeconds", "mixedVersionWindowSeconds",
      Unit.NANOS, "how long some users were routed to blue and others to green",
      r -> r.time().mixedVersionWindowNanos()),
  /** How long requests kept arriving; CSV only. */
  TRAFFIC_TIME(Section.TIME, null, "trafficSeconds", Unit.NANOS,
      "how long requests kept arriving: the switch and the bake time, or until the rollback was"
          + " complete", r -> r.time().trafficNanos()),
  /** Requests that arrived. */
  SENT(Section.REQUESTS, "sent", "sent", Unit.COUNT,
      "requests that arrived: `servedByBlue` + `servedByGreen` + `failed`",
      r -> r.requests().sent()),
  /** Requests blue served. */
  SERVED_BY_BLUE(Section.REQUESTS, "servedByBlue", "servedByBlue", Unit.COUNT,
      "requests blue answered", r -> r.requests().servedByBlue()),
  /** Requests green served. */
  SERVED_BY_GREEN(Section.REQUESTS, "servedByGreen", "servedByGreen", Unit.COUNT,
      "requests green answered correctly", r -> r.requests().servedByGreen()),
  /** Requests that failed. */
  FAILED(Section.REQUESTS, "failed", "failed", Unit.COUNT,
      "requests that failed (all of them routed to green)", r -> r.requests().failed()),
  /** The request rate used. */
  RPS(Section.REQUESTS, "rps", "rps", Unit.PER_SECOND,
      "the request rate used, per second", r -> r.requests().rps()),
  /** Whether the rate was lowered. */
  RATE_LOWERED(Section.REQUESTS, "rateLowered", "rateLowered", Unit.FLAG,
      "whether the rate was lowered to fit `--max-requests`", r -> r.requests().rateLowered()),
  /** Replicas each environment runs. */
  REPLICAS_PER_ENVIRONMENT(Section.CAPACITY, "replicasPerEnvironment", "replicasPerEnvironment",
      Unit.NUMBER, "replicas each environment runs (`--replicas`)",
      r -> (long) r.capacity().replicasPerEnvironment()),
  /** The most replicas running at once. */
  PEAK_REPLICAS(Section.CAPACITY, "peakReplicas", "peakReplicas", Unit.NUMBER,
      "the most replicas running at once: both environments during the switch",
      r -> (long) r.capacity().peakReplicas()),
  /** When the alarm triggered the rollback. */
  ROLLBACK_TRIGGERED_AT(Section.ROLLBACK, "triggeredAtSeconds", "rollbackTriggeredAtSeconds",
      Unit.NANOS, "when the alarm fired; the whole `rollback` is `null` when none was triggered",
      r -> r.rollback().triggeredAtNanos()),
  /** From green's first request to the alarm. */
  ROLLBACK_DETECT(Section.ROLLBACK, "detectSeconds", "rollbackDetectSeconds", Unit.NANOS,
      "from green's first request to the alarm", r -> r.rollback().detectNanos()),
  /** How long the rollback took. */
  ROLLBACK_DURATION(Section.ROLLBACK, "durationSeconds", "rollbackDurationSeconds", Unit.NANOS,
      "until the rollback was complete: its last call made and, with proxies, applied by the"
          + " slowest node; a per-user or batched rollback rewrites every entry, so the users who"
          + " had reached green are back on blue sooner", r -> r.rollback().durationNanos()),
  /** The rollback's operations. */
  ROLLBACK_OPERATIONS(Section.ROLLBACK_COUNTS, "operations", "rollbackOperations", Unit.COUNT,
      "the rollback's entries written + pointer writes",
      r -> r.rollback().counts().operations()),
  /** The rollback's entries written; JSON only. */
  ROLLBACK_ENTRIES_WRITTEN(Section.ROLLBACK_COUNTS, "entriesWritten", null, Unit.COUNT,
      "the rollback's routing-table entries written", r -> r.rollback().counts().entriesWritten()),
  /** The rollback's update calls. */
  ROLLBACK_UPDATE_CALLS(Section.ROLLBACK_COUNTS, "updateCalls", "rollbackUpdateCalls",
      Unit.COUNT, "the rollback's update calls", r -> r.rollback().counts().updateCalls()),
  /** The rollback's pointer writes; JSON only. */
  ROLLBACK_POINTER_WRITES(Section.ROLLBACK_COUNTS, "pointerWrites", null, Unit.COUNT,
      "the rollback's pointer writes", r -> r.rollback().counts().pointerWrites()),
  /** The requests routed while the rollback ran; JSON only. */
  ROLLBACK_ROUTING_READS(Section.ROLLBACK_COUNTS, "routingReads", null, Unit.COUNT,
      "the requests routed while the rollback ran", r -> r.rollback().counts().routingReads()),
  /** Where the routing state lived. */
  ROUTING_MODEL(Section.RUN, "routingModel", "routingModel", Unit.NAME,
      "where the routing state lived: `central` or `proxies` (`--routing`)",
      r -> r.placement().model().label()),
  /** The proxy nodes, with proxies only. */
  PROXY_NODES(Section.RUN, "proxyNodes", "proxyNodes", Unit.NUMBER,
      "the proxy nodes with `proxies`, `null` with `central`",
      r -> r.placement().model() == RoutingModel.PROXIES
          ? (long) r.placement().proxyNodes() : null),
  /** The window of unapplied writes at its largest. */
  PEAK_WINDOW_BYTES(Section.ROUTING, "peakWindowBytes", "peakWindowBytes", Unit.BYTES,
      "the most bytes the window of writes not yet applied by every proxy node held (0 with a"
          + " central router)", r -> r.placement().peakWindowBytes()),
  /** How long the whole switch takes when nothing stops it. */
  FULL_SWITCH_TIME(Section.TIME, "fullSwitchSeconds", "fullSwitchSeconds", Unit.NANOS,
      "how long the switch to green takes when nothing stops it: its calls, bakes and, with"
          + " proxies, the slowest node's lag; equals `switchSeconds` without a rollback",
      r -> r.time().fullSwitchNanos()),
  /** When the alarm fired, if it did. */
  ALARM_TIME(Section.EXPOSURE, "alarmSeconds", "alarmSeconds", Unit.NANOS,
      "when the alarm fired, `null` when it did not",
      r -> r.exposure().alarmed() ? r.exposure().alarmNanos() : null),
  /** Users routed to green by the alarm. */
  USERS_ROUTED_TO_GREEN(Section.EXPOSURE, "usersRoutedToGreen", "usersRoutedToGreen",
      Unit.COUNT, "the users whose route led to green when the alarm fired, as their nodes saw it"
          + " (at the end, without an alarm); the switch only moves users to green before the"
          + " alarm, so never more before it", r -> r.exposure().usersRoutedToGreen()),
  /** Requests routed to green by the alarm. */
  REQUESTS_TO_GREEN(Section.EXPOSURE, "requestsToGreen", "requestsToGreen", Unit.COUNT,
      "requests routed to green up to and including the one that fired the alarm (the whole run"
          + " without one)", r -> r.exposure().requestsToGreen()),
  /** The failed share of green's requests. */
  FAILED_SHARE_OF_GREEN(Section.EXPOSURE, "failedShareOfGreen", "failedShareOfGreen", Unit.SHARE,
      "the failed share of all requests routed to green",
      SimulationReport::failedShareOfGreen);

  private final Section section;
  private final String jsonName;
  private final String csvColumn;
  private final Unit unit;
  private final String meaning;
  private final Function<SimulationReport, Object> reader;
  private final String label;

  Measure(Section section, String jsonName, String csvColumn, Unit unit, String meaning,
      Function<SimulationReport, Object> reader) {
    this(section, jsonName, csvColumn, unit, meaning, reader, meaning);
  }

  Measure(Section section, String jsonName, String csvColumn, Unit unit, String meaning,
      Function<SimulationReport, Object> reader, String label) {
    this.section = section;
    this.jsonName = jsonName;
    this.csvColumn = csvColumn;
    this.unit = unit;
    this.meaning = meaning;
    this.reader = reader;
    this.label = label;
  }

  /** The section the measure belongs to. */
  public Section section() {
    return section;
  }

  /** Whether the JSON of a run holds this measure. */
  public boolean inJson() {
    return jsonName != null;
  }

  /** Whether the CSV of a run has a column for this measure. */
  public boolean inCsv() {
    return csvColumn != null;
  }

  /**
   * The key in its section's JSON object, such as {@code switchSeconds}.
   *
   * @throws IllegalStateException when the measure is not in the JSON
   */
  public String jsonName() {
    if (jsonName == null) {
      throw new IllegalStateException(this + " is not in the JSON of a run");
    }
    return jsonName;
  }

  /** The full JSON path, such as {@code time.switchSeconds}, for documentation. */
  public String jsonPath() {
    return section.path().isEmpty() ? jsonName() : String.join(".", section.path()) + "." + jsonName();
  }

  /**
   * The CSV column, such as {@code routingBytes}.
   *
   * @throws IllegalStateException when the measure has no CSV column
   */
  public String csvColumn() {
    if (csvColumn == null) {
      throw new IllegalStateException(this + " has no CSV column");
    }
    return csvColumn;
  }

  /** What kind of quantity it is, which decides how it is written. */
  public Unit unit() {
    return unit;
  }

  /** What the measure means, in one phrase (the README's field table shows it). */
  public String meaning() {
    return meaning;
  }

  /**
   * Its name for people, where a run's text lists it (such as {@code update calls}); the
   * meaning when no shorter name was given.
   */
  public String label() {
    return label;
  }

  /**
   * The value of this measure in {@code report}: a {@code String}, {@code Long}, {@code Double}
   * or {@code Boolean} as its {@link Unit} says, or {@code null} when it does not apply to the
   * run, including when its section is absent.
   */
  public Object of(SimulationReport report) {
    Objects.requireNonNull(report, "report");
    return section.isIn(report) ? reader.apply(report) : null;
  }
}
