package org.bglab.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Future;
import org.bglab.chart.FitDoubt;
import org.bglab.output.FitReport;
import org.bglab.output.JsonOutput;
import org.bglab.simulator.lab.CandidateFit;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.ComplexityFitter;
import org.bglab.simulator.lab.EngineTimer;
import org.bglab.simulator.lab.MeasuredSeries;
import org.bglab.simulator.lab.SizeSeries;
import org.bglab.simulator.lab.Sweep;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SweepPlan;
import org.bglab.simulator.lab.SwitchMeasurement;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * The Growth view: a sweep over n ({@link Sweep}, every strategy at 1-2-5 sizes, as
 * {@code bglab chart} runs it), streamed point by point as server-sent events, each point with
 * every metric the page can switch between, and each series' fit ({@link ComplexityFitter}) per
 * metric once the series is complete. Time is the simulated switch time from the engine at the
 * default costs ({@link EngineTimer#DEFAULTS}), as {@code chart --metric time} measures it.
 *
 * <p>Messages: {@code plan} (series, sizes, metrics), {@code point} (one series at one n),
 * {@code fit} (one series, every metric), {@code done}, or {@code failed}.
 */
final class GrowthStream {

  /** The largest n of a sweep: 10^7, as {@code bglab chart}'s default range. */
  static final int MAX_USERS = 10_000_000;

  /** The metrics the page switches between. */
  static final List<SweepMetric> METRICS = List.of(SweepMetric.OPERATIONS, SweepMetric.CALLS,
      SweepMetric.WRITES, SweepMetric.MEMORY, SweepMetric.TIME);

  private static final Set<String> FIELDS = Set.of("from", "to", "batchSize");

  private GrowthStream() {}

  /** The sweep's sizes, batch size and strategies, read from the query. */
  record Plan(int from, int to, int batchSize) {
    static Plan read(Query query) {
      query.only(FIELDS);
      int from = query.users("from", 10, 1, MAX_USERS);
      int to = query.users("to", 1_000_000, 1, MAX_USERS);
      if (to < from) {
        throw new BadParameter("to", "a user count no smaller than from (" + from + ")",
            "the range " + from + ".." + to + " is reversed");
      }
      int batch = query.users("batchSize", StrategyOptions.DEFAULT_BATCH_SIZE, 1, MAX_USERS);
      return new Plan(from, to, batch);
    }

    /** {@code --users FROM..TO} as {@code bglab chart} takes it. */
    String usersArgument() {
      return from + ".." + to;
    }
  }

  /** Answers {@code /api/growth} with the sweep's events. */
  static void stream(HttpExchange exchange, RunSlots slots, StrategyCatalogue strategies)
      throws IOException {
    Plan plan = Plan.read(Query.of(exchange.getRequestURI()));
    if ("HEAD".equals(exchange.getRequestMethod())) {
      // a page asking why its stream failed: the parameters are fine, nothing is run
      Replies.json(exchange, 200, JsonOutput.object());
      return;
    }
    Future<Void> run = slots.start(() -> {
      try (StrategyCatalogue.Loaded loaded = strategies.load();
          EventStream events = new EventStream(exchange)) {
        try {
          loaded.run(() -> sweep(plan, loaded, strategies, events));
        } catch (EventStream.ClientGone gone) {
          throw gone;
        } catch (RuntimeException ex) {
          events.send("failed", Replies.error(String.valueOf(ex.getMessage()), null, null));
        }
      }
      return null;
    });
    try {
      run.get();
    } catch (java.util.concurrent.ExecutionException ex) {
      // the page went away or the stream already said why: nothing more to answer
    } catch (InterruptedException ex) {
      run.cancel(true);
      Thread.currentThread().interrupt();
    }
  }

  private static Void sweep(Plan plan, StrategyCatalogue.Loaded loaded,
      StrategyCatalogue strategies, EventStream events) {
    List<SwitchStrategy<?>> swept = new ArrayList<>();
    StrategyOptions options = new StrategyOptions(plan.batchSize());
    strategies.names().forEach(name -> swept.add(loaded.create(name, options)));
    SweepPlan sweepPlan = new SweepPlan(swept, SizeSeries.oneTwoFive(plan.from(), plan.to()));
    ObjectNode start = JsonOutput.object();
    ArrayNode series = start.putArray("series");
    sweepPlan.series().forEach(each -> series.add(each.label()));
    ArrayNode sizes = start.putArray("sizes");
    sweepPlan.sizes().forEach(sizes::add);
    ArrayNode metrics = start.putArray("metrics");
    METRICS.forEach(metric -> metrics.add(metric.label()));
    start.put("chartUsers", plan.usersArgument());
    events.send("plan", start);
    int largest = sweepPlan.sizes().get(sweepPlan.sizes().size() - 1);
    List<SwitchMeasurement> current = new ArrayList<>();
    Sweep.run(sweepPlan, EngineTimer.DEFAULTS, (measurement, done, total) -> {
      events.send("point", point(measurement, done, total));
      current.add(measurement);
      if (measurement.users() == largest) {
        events.send("fit", fit(measurement.seriesLabel(), current));
        current.clear();
      }
    });
    events.send("done", JsonOutput.object());
    return null;
  }

  private static ObjectNode point(SwitchMeasurement measurement, long done, long total) {
    ObjectNode point = JsonOutput.object();
    point.put("series", measurement.seriesLabel());
    point.put("n", measurement.users());
    ObjectNode values = point.putObject("values");
    for (SweepMetric metric : METRICS) {
      OptionalDouble value = metric.of(measurement);
      if (value.isPresent()) {
        values.put(metric.label(), value.getAsDouble());
      } else {
        values.putNull(metric.label());
      }
    }
    point.put("done", done);
    point.put("total", total);
    return point;
  }

  private static ObjectNode fit(String label, List<SwitchMeasurement> measurements) {
    ObjectNode node = JsonOutput.object();
    node.put("series", label);
    ObjectNode fits = node.putObject("fits");
    for (SweepMetric metric : METRICS) {
      MeasuredSeries series = new MeasuredSeries(null, measurements);
      ComplexityFit fit = ComplexityFitter.fit(series.observations(metric));
      CandidateFit best = fit.best();
      ObjectNode one = fits.putObject(metric.label());
      one.put("class", fit.complexityClass().label());
      one.put("error", best.error());
      one.put("intercept", best.intercept());
      one.put("coefficient", best.coefficient());
      // the doubt bglab chart marks "(unsure)" in its legends, for the same reasons
      FitDoubt.of(fit).ifPresentOrElse(why -> one.put("unsure", why), () -> one.putNull("unsure"));
      ArrayNode warnings = one.putArray("warnings");
      fit.warnings().forEach(warning -> warnings.add(FitReport.sentence(warning)));
    }
    return node;
  }
}
