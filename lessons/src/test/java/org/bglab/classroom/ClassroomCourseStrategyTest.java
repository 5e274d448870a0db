package org.bglab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.bglab.quiz.QuestionBank;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom server under load and with a course's own strategy, compiled here at test time:
 * one that never returns fails its run only; a page that goes away stops its run; a third run
 * while two go on is refused with 503.
 */
class ClassroomCourseStrategyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String PACKAGE = "course.own";

  /** A strategy whose first step never returns. */
  private static final String HANGER = strategy("Hanger", "hanger",
      "try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) {"
          + " Thread.currentThread().interrupt(); } throw new IllegalStateException(\"stopped\");");

  private static String strategy(String type, String name, String step) {
    return "package " + PACKAGE + ";\n"
        + "import org.bglab.simulator.metrics.OperationCounter;\n"
        + "import org.bglab.simulator.model.Environment;\n"
        + "import org.bglab.simulator.model.UserRouteTable;\n"
        + "import org.bglab.simulator.strategy.*;\n"
        + "public final class " + type + " implements SwitchStrategy<UserRouteTable> {\n"
        + "  public String name() { return \"" + name + "\"; }\n"
        + "  public UserRouteTable newRoutingState(int n) { return new UserRouteTable(n); }\n"
        + "  public SwitchProcess begin(UserRouteTable t, Environment to, OperationCounter c) {\n"
        + "    return new SwitchProcess() {\n"
        + "      int next;\n"
        + "      public boolean step() { " + step + " }\n"
        + "      public boolean isComplete() { return next >= t.users(); }\n"
        + "    };\n"
        + "  }\n"
        + "}\n";
  }

  @TempDir static Path classes;
  private static ClassroomServer server;
  private static final StringWriter LOG = new StringWriter();

  @BeforeAll
  static void compileAndStart() throws Exception {
    Path sources = Files.createDirectories(classes.resolve("src"));
    Path bin = Files.createDirectories(classes.resolve("bin"));
    List<Path> files = List.of(
        Files.writeString(sources.resolve("Hanger.java"), HANGER));
    String simulator = Path.of(SwitchStrategy.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).toString();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int code = javac.run(null, null, null, Stream.concat(
        Stream.of("--release", "17", "-classpath", simulator, "-d", bin.toString()),
        files.stream().map(Path::toString)).toArray(String[]::new));
    assertEquals(0, code, "the course strategies compile");
    server = ClassroomServer.start("127.0.0.1", 0, new StrategyCatalogue(List.of(bin),
        List.of(PACKAGE + ".Hanger")), QuestionBank.load(List.of()),
        new PrintWriter(LOG, true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + "/" + pathAndQuery);
  }

  @Test
  void theCourseStrategiesAreOfferedBesideTheBuiltInOnes() throws Exception {
    JsonNode info = JSON.readTree(CLIENT.send(HttpRequest.newBuilder(uri("api/info")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    assertEquals("[\"hanger\"]", info.get("courseStrategies").toString());
    assertEquals(6, info.get("strategies").size());
  }

  @Test
  void aStrategyThatNeverReturnsFailsItsRunOnly() throws Exception {
    ServerEvents stream = ServerEvents.read(CLIENT, uri("api/switch?strategy=hanger&users=100"));
    assertEquals("failed", stream.last().name());
    JsonNode error = JSON.readTree(stream.last().data());
    assertTrue(error.get("error").asText()
        .contains("strategy 'hanger' did not return from step() within 5 s"), error.toString());
    assertEquals("strategy", error.get("field").asText());
    ServerEvents after = ServerEvents.read(CLIENT, uri("api/switch?strategy=batched&users=100"));
    assertEquals("report", after.last().name(), "the server goes on serving");
  }

  /**
   * The longest run there is: 10^7 users switched one per call, with 10^7 requests, some seconds
   * of work; each page reads it up to its first frame and goes away.
   */
  private static final String LONG_RUN = "api/switch?strategy=per-user&users=1e7"
      + "&maxRequests=1e7&rps=1e6&seed=";

  @Test
  void aPageThatGoesAwayStopsItsRunAndBusySlotsAnswer503() throws Exception {
    int before = server.abandonedRuns();
    InputStream first = open(LONG_RUN + 1);
    InputStream second = open(LONG_RUN + 2);
    HttpResponse<String> third = CLIENT.send(
        HttpRequest.newBuilder(uri("api/switch?strategy=batched&users=10&seed=3")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(503, third.statusCode(), "two runs go on: a third waits for a slot");
    assertTrue(JSON.readTree(third.body()).get("error").asText().contains("2 runs"));
    first.close();
    second.close();
    for (int tries = 0; tries < 600 && server.runsInProgress() > 0; tries++) {
      Thread.sleep(100);
    }
    assertEquals(0, server.runsInProgress());
    assertEquals(before + 2, server.abandonedRuns(),
        "both runs stopped when their pages went away, before their reports");
    ServerEvents after = ServerEvents.read(CLIENT, uri("api/switch?strategy=batched&users=10"));
    assertEquals("report", after.last().name(), "the slots are free again");
  }

  /** Opens a stream and reads it up to its first frame: the run is going on. */
  private static InputStream open(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<InputStream> response = CLIENT.send(
        HttpRequest.newBuilder(uri(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, response.statusCode());
    InputStream body = response.body();
    BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null && !line.equals("event: frame")) {
      // the outline and the first events
    }
    return body;
  }
}
