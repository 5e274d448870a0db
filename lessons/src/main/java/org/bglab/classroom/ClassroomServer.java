package org.bglab.classroom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bglab.quiz.QuestionBank;

/**
 * The classroom page's server, on the JDK's own {@link HttpServer}: it ships with every JDK,
 * needs no dependency, and serves a handful of endpoints and server-sent events to a class
 * easily; nothing here needs what a larger server adds (HTTP/2, TLS, websockets).
 *
 * <p>The page, its style sheet and its script come from the jar ({@link StaticAssets}); every
 * {@code /api/} endpoint answers JSON, or a stream of events, and refuses bad input with 400 and
 * {@code {"error", "field", "accepts"}}. Simulations, sweeps, charts and quiz checks run on
 * {@link RunSlots}: two at once, a third answered 503. Requests are handled on a pool of
 * {@link #HANDLERS} threads, enough for a class's streams to be watched at once.
 */
final class ClassroomServer implements AutoCloseable {

  /** Threads that answer requests; each open event stream holds one. */
  static final int HANDLERS = 32;

  private final HttpServer server;
  private final ExecutorService handlers;
  private final RunSlots slots = new RunSlots();
  private final ChartFiles charts;
  private final LiveRuns runs;

  private ClassroomServer(HttpServer server, StrategyCatalogue strategies, QuestionBank bank,
      PrintWriter log) {
    this.server = server;
    this.charts = new ChartFiles(slots);
    AtomicInteger count = new AtomicInteger();
    this.handlers = new ThreadPoolExecutor(HANDLERS, HANDLERS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "bglab-serve-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    Map<String, Endpoint> api = new LinkedHashMap<>();
    this.runs = new LiveRuns(slots, strategies);
    api.put("/api/info", exchange -> Replies.json(exchange, 200, Info.of(strategies, bank)));
    api.put("/api/switch", exchange -> runs.stream(exchange));
    api.put("/api/compare", exchange -> CompareView.answer(exchange, slots, strategies));
    api.put("/api/growth", exchange -> GrowthStream.stream(exchange, slots, strategies));
    api.put("/api/chart", charts::answer);
    api.put("/api/quiz", exchange -> QuizView.questions(exchange, bank));
    api.put("/api/proof", exchange -> QuizView.proof(exchange, slots, bank));
    server.createContext("/", exchange -> route(exchange, api, log));
    server.setExecutor(handlers);
  }

  /**
   * Binds to {@code host}:{@code port} (0 for any free port) and starts serving.
   *
   * @throws IOException when the address cannot be bound, such as a port in use
   */
  static ClassroomServer start(String host, int port, StrategyCatalogue strategies,
      QuestionBank bank, PrintWriter log) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
    ClassroomServer classroom = new ClassroomServer(server, strategies, bank, log);
    server.start();
    return classroom;
  }

  /** The port the server listens on: the one asked for, or the one given for port 0. */
  int port() {
    return server.getAddress().getPort();
  }

  /** How many runs, sweeps, charts and checks are going on now. */
  int runsInProgress() {
    return slots.active();
  }

  /** How many runs stopped because every page watching them had gone. */
  int abandonedRuns() {
    return runs.abandoned();
  }

  private void route(HttpExchange exchange, Map<String, Endpoint> api, PrintWriter log) {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      if (!"GET".equals(method) && !"HEAD".equals(method)) {
        Replies.json(exchange, Replies.NOT_ALLOWED,
            Replies.error("the classroom answers GET only", null, "GET"));
        return;
      }
      var asset = StaticAssets.at(path);
      if (asset.isPresent()) {
        Replies.bytes(exchange, 200, asset.get().type(), asset.get().bytes());
        return;
      }
      Endpoint endpoint = api.get(path);
      if (endpoint == null) {
        Replies.json(exchange, Replies.NOT_FOUND, Replies.error("nothing at " + path, null,
            "/, " + String.join(", ", api.keySet())));
        return;
      }
      answer(exchange, endpoint, log);
    } catch (IOException | EventStream.ClientGone ex) {
      // the page went away while it was answered: nothing to do
    }
  }

  private static void answer(HttpExchange exchange, Endpoint endpoint, PrintWriter log)
      throws IOException {
    try {
      endpoint.answer(exchange);
    } catch (BadParameter bad) {
      Replies.badParameter(exchange, bad);
    } catch (RunSlots.Busy busy) {
      Replies.json(exchange, Replies.BUSY, Replies.error(busy.getMessage(), null,
          "at most " + RunSlots.SLOTS + " runs at once"));
    } catch (EventStream.ClientGone gone) {
      throw gone;
    } catch (RuntimeException ex) {
      String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      log.println("bglab serve: internal error (a bglab defect) on "
          + exchange.getRequestURI().getPath() + ": " + what);
      log.flush();
      if (exchange.getResponseCode() < 0) {
        Replies.json(exchange, Replies.DEFECT,
            Replies.error("internal error (a bglab defect): " + what, null, null));
      }
    }
  }

  /** Stops serving: open streams are closed, runs in progress are stopped. */
  @Override
  public void close() {
    server.stop(0);
    slots.close();
    handlers.shutdownNow();
    charts.close();
  }
}
