package org.bglab.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.bglab.output.JsonOutput;
import org.bglab.cli.Main;

/**
 * The Compare view: every strategy with the same inputs, as {@code bglab simulate --compare}
 * prints it, and each strategy's share of requests on green over time. Both come from one run of
 * that very command in this JVM ({@link Main#run}), with {@code --timeline} into a temporary
 * file, so the table is the command's own and never a copy of it.
 */
final class CompareView {

  private CompareView() {}

  /** Answers {@code /api/compare} with {@code {"command", "table", "timelines"}}. */
  static void answer(HttpExchange exchange, RunSlots slots, StrategyCatalogue strategies)
      throws IOException {
    RunParameters parameters = RunParameters.read(Query.of(exchange.getRequestURI()),
        strategies.names());
    Future<CommandRun> run = slots.start(() -> compare(parameters, strategies));
    CommandRun result = CommandRun.await(run);
    if (result.code() != 0) {
      Replies.json(exchange, result.status(), Replies.error(result.errorLine(), null, null));
      return;
    }
    ObjectNode body = JsonOutput.object();
    body.put("command", "bglab " + String.join(" ", result.args()));
    body.put("table", result.out());
    ArrayNode timelines = body.putArray("timelines");
    timelines(result.file()).forEach((strategy, points) -> {
      ObjectNode series = timelines.addObject();
      series.put("strategy", strategy);
      ArrayNode array = series.putArray("points");
      points.forEach(point -> array.addArray().add(point[0]).add(point[1]));
    });
    Replies.json(exchange, 200, body);
  }

  private static CommandRun compare(RunParameters parameters, StrategyCatalogue strategies)
      throws IOException {
    Path timeline = Files.createTempFile("bglab-compare-", ".csv");
    try {
      List<String> args = new ArrayList<>(parameters.simulateArgs());
      args.add("--compare");
      args.addAll(strategies.courseArgs());
      List<String> shown = List.copyOf(args);
      args.addAll(List.of("--timeline", timeline.toString()));
      CommandRun run = CommandRun.of(args);
      String csv = Files.readString(timeline, StandardCharsets.UTF_8);
      return new CommandRun(shown, run.code(), run.out(), run.err(), csv);
    } finally {
      Files.deleteIfExists(timeline);
    }
  }

  /** Per strategy, {seconds, greenShare} of each slice with requests, from the timeline CSV. */
  private static Map<String, List<double[]>> timelines(String csv) {
    Map<String, List<double[]>> series = new LinkedHashMap<>();
    List<String> lines = csv.lines().toList();
    if (lines.isEmpty()) {
      return series;
    }
    List<String> header = List.of(lines.get(0).split(","));
    int strategy = header.indexOf("strategy");
    int seconds = header.indexOf("seconds");
    int requests = header.indexOf("requests");
    int share = header.indexOf("greenShare");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (Long.parseLong(cells[requests]) == 0) {
        continue;
      }
      series.computeIfAbsent(cells[strategy], key -> new ArrayList<>()).add(new double[] {
          Double.parseDouble(cells[seconds]), Double.parseDouble(cells[share])});
    }
    return series;
  }
}
