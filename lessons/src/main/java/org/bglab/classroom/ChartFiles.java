package org.bglab.classroom;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.bglab.simulator.lab.SweepMetric;

/**
 * The Growth view's downloads: the very files {@code bglab chart} writes (the data CSV, the
 * fits CSV, the PNG and the SVG), made by running that command in this JVM into a temporary
 * folder, once per metric, range and batch size; the folder is deleted when the server stops.
 */
final class ChartFiles implements AutoCloseable {

  /** The files a download may ask for, each with its content type. */
  private static final Map<String, String> KINDS = Map.of(
      "csv", "text/csv; charset=utf-8",
      "fits", "text/csv; charset=utf-8",
      "png", "image/png",
      "svg", "image/svg+xml");

  private static final Set<String> FIELDS = Set.of("from", "to", "batchSize", "metric", "file");

  private final RunSlots slots;
  private final Map<List<String>, Path> made = new ConcurrentHashMap<>();
  private Path root;

  ChartFiles(RunSlots slots) {
    this.slots = slots;
  }

  /** Answers {@code /api/chart} with one file, as an attachment under the name chart gave it. */
  void answer(HttpExchange exchange) throws IOException {
    Query query = Query.of(exchange.getRequestURI()).only(FIELDS);
    String metric = query.choice("metric", "operations",
        GrowthStream.METRICS.stream().map(SweepMetric::label).toList());
    String kind = query.choice("file", "png", List.of("png", "svg", "csv", "fits"));
    GrowthStream.Plan plan = GrowthStream.Plan.read(query.without("metric", "file"));
    List<String> args = List.of("chart", "--users", plan.usersArgument(),
        "--batch-size", Integer.toString(plan.batchSize()), "--metric", metric,
        "--format", "png,svg,csv");
    Path folder = made.get(args);
    if (folder == null) {
      Path out = Files.createTempDirectory(root(), "chart-");
      CommandRun run = CommandRun.await(slots.start(() -> CommandRun.of(
          Stream.concat(args.stream(), Stream.of("--out", out.toString())).toList())));
      if (run.code() != 0) {
        Replies.json(exchange, run.status(), Replies.error(run.errorLine(), null, null));
        return;
      }
      made.putIfAbsent(args, out);
      folder = out;
    }
    Path file = pick(folder, kind);
    exchange.getResponseHeaders().set("Content-Disposition",
        "attachment; filename=\"" + file.getFileName() + "\"");
    Replies.bytes(exchange, 200, KINDS.get(kind), Files.readAllBytes(file));
  }

  private static Path pick(Path folder, String kind) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> {
        String name = file.getFileName().toString();
        return switch (kind) {
          case "fits" -> name.endsWith("-fits.csv");
          case "csv" -> name.endsWith(".csv") && !name.endsWith("-fits.csv");
          default -> name.endsWith("." + kind);
        };
      }).findFirst().orElseThrow(() -> new IllegalStateException(
          "bglab chart wrote no " + kind + " file"));
    }
  }

  private synchronized Path root() throws IOException {
    if (root == null) {
      root = Files.createTempDirectory("bglab-serve-charts-");
    }
    return root;
  }

  /** Deletes the charts made. */
  @Override
  public synchronized void close() {
    if (root == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
