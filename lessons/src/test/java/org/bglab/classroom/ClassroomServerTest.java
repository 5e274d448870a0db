package org.bglab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bglab.cli.Main;
import org.bglab.quiz.QuestionBank;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bglab serve}'s server over real HTTP, with the JDK's client: every endpoint, the answers
 * to bad input, a page that references nothing outside itself, and streamed runs that end with
 * the very counts {@code bglab simulate --format json} prints for the same arguments.
 */
class ClassroomServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static ClassroomServer server;
  private static final StringWriter LOG = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    server = ClassroomServer.start("127.0.0.1", 0, new StrategyCatalogue(List.of(), List.of()),
        QuestionBank.load(List.of()), new PrintWriter(LOG, true));
  }

  @AfterAll
  static void stop() {
    server.close();
    assertEquals("", LOG.toString(), "no defect was logged");
  }

  static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + "/" + pathAndQuery);
  }

  static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(uri(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  /** What bglab prints for {@code args}, run in this JVM as the command line runs it. */
  static String bglab(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, "bglab " + args + " failed: " + err);
    return out.toString();
  }

  // ------------------------------------------------------------------ the page

  @Test
  void thePageReferencesNothingOutsideItself() throws Exception {
    HttpResponse<String> page = get("");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    Document document = Jsoup.parse(page.body(), uri("").toString());
    List<String> references = new ArrayList<>();
    for (Element element : document.select("[src], [href]")) {
      references.add(element.hasAttr("src") ? element.attr("src") : element.attr("href"));
    }
    assertTrue(references.contains("classroom.css") && references.contains("classroom.js"),
        "the page loads its style sheet and script: " + references);
    for (String reference : references) {
      assertFalse(reference.contains("//") || reference.startsWith("/"),
          "a reference relative to the page, never to another host: " + reference);
      if (!reference.startsWith("#")) {
        assertEquals(200, get(reference).statusCode(), reference + " is served");
      }
    }
    String css = get("classroom.css").body();
    assertFalse(css.contains("url(") || css.contains("@import") || css.contains("@font-face"),
        "the style sheet fetches nothing: no url(), @import or web font");
    String script = get("classroom.js").body();
    String withoutSvgNamespace = script.replace("\"http://www.w3.org/2000/svg\"", "");
    assertFalse(withoutSvgNamespace.contains("://"),
        "the script names no address (the SVG namespace is a name, never fetched)");
    assertFalse(script.contains("import(") || script.contains("importScripts"),
        "the script loads no other script");
  }

  @Test
  void thePageSaysHowItAggregates() throws Exception {
    Document document = Jsoup.parse(get("").body());
    assertTrue(document.text().contains("Counted per frame"), "requests are aggregated per frame");
    assertTrue(get("classroom.js").body().contains("Each cell is one user of every"),
        "the users grid says which users it samples");
  }

  @Test
  void aPortInUseIsOneLineAndExitCode2() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"serve", "--port", Integer.toString(server.port())},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(2, code);
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("bglab serve: cannot listen on 127.0.0.1:"
        + server.port()), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void unknownPathsAndMethodsAreRefusedAsJson() throws Exception {
    HttpResponse<String> missing = get("api/nothing");
    assertEquals(404, missing.statusCode());
    assertTrue(json(missing).has("error"));
    HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(uri("api/info"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals("GET", json(post).get("accepts").asText());
  }

  @Test
  void infoNamesTheStrategiesAndTheCaps() throws Exception {
    JsonNode info = json(get("api/info"));
    assertEquals("[\"per-user\",\"batched\",\"pointer-swap\",\"canary\",\"linear\"]",
        info.get("strategies").toString());
    assertEquals(10_000_000, info.get("caps").get("users").asInt());
    assertEquals(2, info.get("caps").get("runsAtOnce").asInt());
    assertEquals(5, info.get("questions").asInt());
  }

  // ------------------------------------------------------------------ bad input

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource({
      "api/switch?users=0, users",
      "api/switch?users=1e8, users",
      "api/switch?users=many, users",
      "api/switch?batchSize=0, batchSize",
      "api/switch?rps=-1, rps",
      "api/switch?rps=2e6, rps",
      "api/switch?maxRequests=1e8, maxRequests",
      "api/switch?greenErrorRate=1.5, greenErrorRate",
      "api/switch?greenErrorRate=lots, greenErrorRate",
      "api/switch?nodes=0, nodes",
      "api/switch?nodes=100000, nodes",
      "api/switch?propagationMs=-1, propagationMs",
      "api/switch?routing=mesh, routing",
      "api/switch?seed=x, seed",
      "api/switch?strategy=fastest, strategy",
      "api/switch?user=10, user",
      "api/switch?users=10&users=20, users",
      "api/compare?users=0, users",
      "api/growth?from=0, from",
      "api/growth?from=1000&to=10, to",
      "api/growth?to=1e9, to",
      "api/chart?metric=speed, metric",
      "api/chart?file=pdf, file",
      "api/chart?to=1e9, to",
      "api/quiz?id=purpose, id",
      "api/proof?id=nope, id",
  })
  void badInputIsA400NamingTheFieldAndWhatItAccepts(String request, String field)
      throws Exception {
    HttpResponse<String> response = get(request);
    assertEquals(400, response.statusCode(), response.body());
    JsonNode body = json(response);
    assertEquals(field, body.get("field").asText());
    assertFalse(body.get("error").asText().isBlank());
    assertFalse(body.get("accepts").asText().isBlank());
    assertFalse(response.body().contains("Exception") || response.body().contains("\tat "),
        "never a stack trace: " + response.body());
  }

  // ------------------------------------------------------------------ switch

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "strategy=batched&users=1001&batchSize=100|--strategy batched --users 1001 --batch-size 100",
      "strategy=canary&users=20000&greenErrorRate=0.3&rps=2000"
          + "|--strategy canary --users 20000 --green-error-rate 0.3 --rps 2000",
      "strategy=per-user&users=5000&routing=central&seed=7"
          + "|--strategy per-user --users 5000 --routing central --seed 7",
  })
  void aStreamedRunEndsWithTheCountsOfSimulateJson(String query, String arguments)
      throws Exception {
    ServerEvents stream = ServerEvents.read(CLIENT, uri("api/switch?" + query));
    assertEquals(200, stream.status());
    assertEquals("start", stream.events().get(0).name());
    assertEquals("report", stream.last().name(), "the run ends with its report");
    List<String> args = new ArrayList<>(List.of("simulate", "--format", "json",
        "--max-requests", "1000000"));
    args.addAll(List.of(arguments.split(" ")));
    JsonNode expected = JSON.readTree(bglab(args));
    JsonNode streamed = JSON.readTree(stream.last().data());
    assertEquals(expected, streamed, "the streamed report is simulate's, for the same arguments");
  }

  @Test
  void theStartMessageNamesTheCommandThatGivesTheSameReport() throws Exception {
    ServerEvents stream = ServerEvents.read(CLIENT, uri("api/switch?strategy=linear&users=3000"));
    String command = JSON.readTree(stream.events().get(0).data()).get("command").asText();
    assertTrue(command.startsWith("bglab simulate "), command);
    List<String> args = List.of(command.substring("bglab ".length()).split(" "));
    assertEquals(JSON.readTree(bglab(args)), JSON.readTree(stream.last().data()));
  }

  // ------------------------------------------------------------------ compare

  @Test
  void compareIsSimulateCompareWithEachStrategysShareOnGreen() throws Exception {
    HttpResponse<String> response = get("api/compare?users=20000&rps=2000&greenErrorRate=0.3");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode body = json(response);
    String table = bglab(List.of("simulate", "--compare", "--users", "20000", "--rps", "2000",
        "--green-error-rate", "0.3", "--max-requests", "1000000"));
    assertEquals(table, body.get("table").asText());
    List<String> strategies = new ArrayList<>();
    body.get("timelines").forEach(series -> {
      strategies.add(series.get("strategy").asText());
      assertTrue(series.get("points").size() > 1, "a share over time: " + series);
      series.get("points").forEach(point -> {
        double share = point.get(1).asDouble();
        assertTrue(share >= 0 && share <= 1, "a share: " + share);
      });
    });
    assertEquals(List.of("per-user", "batched", "pointer-swap", "canary", "linear"), strategies);
  }

  // ------------------------------------------------------------------ growth and chart files

  @Test
  void theGrowthSweepStreamsEveryPointThenEachSeriesFit() throws Exception {
    ServerEvents stream = ServerEvents.read(CLIENT, uri("api/growth?from=10&to=1e4"));
    assertEquals(200, stream.status());
    JsonNode plan = JSON.readTree(stream.events().get(0).data());
    int series = plan.get("series").size();
    int sizes = plan.get("sizes").size();
    assertEquals(5, series);
    assertEquals(List.of(10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000),
        JSON.convertValue(plan.get("sizes"), List.class));
    assertEquals(series * sizes, stream.named("point").size(), "one point per series and n");
    assertEquals(series, stream.named("fit").size(), "one fit per series");
    assertEquals("done", stream.last().name());
    JsonNode perUser = JSON.readTree(stream.named("fit").get(0).data());
    assertEquals("per-user", perUser.get("series").asText());
    assertEquals("O(n)", perUser.get("fits").get("operations").get("class").asText());
    JsonNode pointerSwap = JSON.readTree(stream.named("fit").get(2).data());
    assertEquals("O(1)", pointerSwap.get("fits").get("operations").get("class").asText());
    JsonNode first = JSON.readTree(stream.named("point").get(0).data());
    assertEquals(10, first.get("values").get("writes").asInt(), "per-user writes n entries");
    assertTrue(first.get("values").get("time").asDouble() > 0, "time from the engine");
  }

  @Test
  void chartDownloadsAreTheFilesBglabChartWrites(@TempDir Path out) throws Exception {
    bglab(List.of("chart", "--users", "10..1000", "--batch-size", "100", "--metric", "calls",
        "--format", "png,svg,csv", "--out", out.toString()));
    String query = "api/chart?metric=calls&from=10&to=1000&batchSize=100&file=";
    for (String kind : List.of("csv", "fits", "svg", "png")) {
      HttpResponse<byte[]> response = CLIENT.send(
          HttpRequest.newBuilder(uri(query + kind)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode());
      String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
      String name = disposition.replaceAll(".*filename=\"([^\"]+)\".*", "$1");
      assertTrue(name.startsWith("calls-vs-n"), name);
      byte[] written = Files.readAllBytes(out.resolve(name));
      if (kind.equals("png")) {
        assertTrue(response.body().length > 1000, "a picture");
        try (Stream<Path> files = Files.list(out)) {
          assertTrue(files.anyMatch(f -> f.getFileName().toString().equals(name)));
        }
      } else {
        assertEquals(new String(written), new String(response.body()), name + " is chart's own");
      }
    }
  }

  // ------------------------------------------------------------------ quiz

  @Test
  void theQuizHasEveryQuestionWithAnExplanationForEveryOption() throws Exception {
    JsonNode quiz = json(get("api/quiz"));
    assertEquals(5, quiz.get("questions").size());
    for (JsonNode question : quiz.get("questions")) {
      assertTrue(question.get("choices").size() >= 2);
      question.get("choices").forEach(choice ->
          assertFalse(choice.get("explanation").asText().isBlank(), question.get("id") + ""));
    }
  }

  @Test
  void theProofOfACodeQuestionRunsItsSnippetAndProvesTheKey() throws Exception {
    HttpResponse<String> response = get("api/proof?id=predict-output");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode proof = json(response);
    assertTrue(proof.get("passed").asBoolean(), proof.toString());
    assertTrue(proof.get("observation").asText().contains("JVM of its own"), proof.toString());
    long meeting = 0;
    for (JsonNode option : proof.get("options")) {
      meeting += option.get("meetsCondition").asBoolean() ? 1 : 0;
    }
    assertEquals(1, meeting, "only the key meets the condition");
  }
}
