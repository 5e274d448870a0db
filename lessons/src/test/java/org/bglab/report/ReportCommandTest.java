package org.bglab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bglab.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bglab report} as a user runs it. */
class ReportCommandTest {

  /** Small sweeps and comparisons, so that the tests stay quick; the quiz runs in full. */
  private static final List<String> SMALL =
      List.of("--users", "10..1e3", "--compare-users", "1e3");

  @TempDir static Path dir;

  private static Run first;
  private static byte[] page;
  private static Document html;

  record Run(int exitCode, String out, String err) {}

  private static Run bglab(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run report(Path out) {
    return bglab(Stream.concat(Stream.of("report", "--out", out.toString()), SMALL.stream())
        .toArray(String[]::new));
  }

  @BeforeAll
  static void writeOneReport() throws IOException {
    Path file = dir.resolve("first").resolve("report.html");
    first = report(file);
    assertEquals(0, first.exitCode(), first.err());
    page = Files.readAllBytes(file);
    html = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheFileWholeAndSaysSo() throws IOException {
    assertTrue(first.out().startsWith("wrote " + dir.resolve("first").resolve("report.html")),
        first.out());
    assertTrue(first.out().contains("5 growth charts, 2 comparisons, 5 questions checked"),
        first.out());
    try (Stream<Path> files = Files.list(dir.resolve("first"))) {
      assertEquals(List.of("report.html"),
          files.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
    }
  }

  @Test
  void theSameArgumentsWriteTheSameBytes() throws IOException {
    Path second = dir.resolve("second").resolve("other-name.html");
    Run run = report(second);
    assertEquals(0, run.exitCode(), run.err());
    assertArrayEquals(page, Files.readAllBytes(second));
  }

  @Test
  void referencesNothingOutsideItself() {
    String text = new String(page, StandardCharsets.UTF_8);
    assertFalse(text.contains("http:") || text.contains("https:"), "no web address at all");
    assertFalse(text.contains("@import") || text.contains("@font-face"));
    assertTrue(html.select("link, script, img, iframe, frame, object, embed, audio, video,"
        + " source, track, base, form").isEmpty());
    for (Element element : html.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase();
        String value = attribute.getValue().strip();
        if (name.endsWith("href") || name.equals("src") || name.equals("srcset")
            || name.equals("action") || name.equals("poster") || name.equals("data")) {
          assertTrue(value.startsWith("#"), element.tagName() + " " + name + "=" + value);
        }
        if (value.contains("url(")) {
          assertTrue(value.replace("url(#", "").indexOf("url(") < 0, value);
        }
      }
    }
    String style = html.select("style").html();
    assertFalse(style.replace("url(#", "").contains("url("), "the style sheet loads nothing");
    for (Element link : html.select("[href]")) {
      assertNotNull(html.getElementById(link.attr("href").substring(1)),
          "every in-page link has its target: " + link.attr("href"));
    }
  }

  @Test
  void holdsEverySection() {
    for (String id : List.of("growth", "compare", "faulty-green", "routing-state", "quiz",
        "data")) {
      assertNotNull(html.getElementById(id), id);
    }
    Elements charts = html.select("#growth figure.chart svg");
    assertEquals(5, charts.size());
    for (String metric : List.of("operations", "calls", "writes", "memory", "time")) {
      assertNotNull(html.getElementById(metric + "-vs-n_n10-1e3"), metric);
    }
    assertTrue(html.select("#growth table").first().text().contains("per-user O(n)"),
        html.select("#growth table").first().text());
    // the comparison, as simulate --compare prints it and as its JSON, one column per strategy
    assertTrue(html.select("#compare pre").text().contains("mixed-version window"));
    assertEquals(List.of("JSON field", "meaning", "per-user", "batched", "pointer-swap",
        "canary", "linear"), html.select("#compare thead th").eachText());
    Element rollback = html.select("#faulty-green tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals("rollback.triggeredAtSeconds")).findFirst()
        .orElseThrow();
    assertFalse(rollback.child(2).text().equals("–"), "per-user rolled back: " + rollback.text());
    assertTrue(html.select("#compare tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals("rollback.triggeredAtSeconds"))
        .allMatch(tr -> tr.select("td").stream().skip(1).allMatch(td -> td.text().equals("–"))),
        "a healthy green triggers no rollback");
    assertTrue(html.select("#routing-state td").eachText().contains("128 B (0.128 B/user)"),
        html.select("#routing-state table").text());
    // the quiz: every question, every option with what it did, and the check's verdict
    Elements questions = html.select("#quiz article.question");
    assertEquals(5, questions.size());
    for (Element question : questions) {
      assertEquals(4, question.select("tbody tr").size(), question.text());
      assertEquals("✔ Check passed", question.select(".verdict strong").text());
    }
    assertTrue(html.select("#question-predict-output").text()
        .contains("printed \"Switching traffic to green environment\""));
    assertEquals(5, html.select("#data table").size());
  }

  @Test
  void everyTableHasACaptionAndHeaders() {
    Elements tables = html.select("table");
    assertTrue(tables.size() > 10);
    for (Element table : tables) {
      assertEquals(1, table.select("> caption").size(), table.outerHtml().substring(0, 80));
      assertFalse(table.select("thead th[scope=col]").isEmpty());
      assertTrue(table.select("tbody tr").stream()
          .allMatch(tr -> tr.child(0).tagName().equals("th")));
    }
  }

  @Test
  void aFailedCheckIsShownAndExitsOneAfterWritingTheFile() throws Exception {
    Path bank = Path.of(ReportCommandTest.class.getResource("failing-bank").toURI());
    Path file = dir.resolve("bank").resolve("report.html");
    Run run = bglab(Stream.concat(Stream.of("report", "--out", file.toString(), "--bank",
        bank.toString()), SMALL.stream()).toArray(String[]::new));
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("bglab report: the check of exception failed; the report shows what each"
        + " option did", run.err().strip());
    Document written = Jsoup.parse(Files.readString(file));
    assertEquals(6, written.select("#quiz article.question").size());
    Element failed = written.getElementById("question-exception");
    assertEquals("✘ Check failed", failed.select(".verdict strong").text());
    assertTrue(failed.select(".verdict").text().contains("ArrayIndexOutOfBoundsException"),
        failed.select(".verdict").text());
  }

  @Test
  void badInputExitsWithCodeTwoAndOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    List<List<String>> cases = List.of(
        List.of("--out", dir.toString()),
        List.of("--out", file.resolve("below.html").toString()),
        List.of("--out", ""),
        List.of(),
        List.of("--out", dir.resolve("r.html").toString(), "--users", "1e4..10"),
        List.of("--out", dir.resolve("r.html").toString(), "--users", "10..1e8"),
        List.of("--out", dir.resolve("r.html").toString(), "--compare-users", "2e7"),
        List.of("--out", dir.resolve("r.html").toString(), "--compare-users", "many"),
        List.of("--out", dir.resolve("r.html").toString(), "--jmh", file.toString()),
        List.of("--out", dir.resolve("r.html").toString(), "--bank",
            dir.resolve("missing").toString()));
    for (List<String> args : cases) {
      Run run = bglab(Stream.concat(Stream.of("report"), args.stream()).toArray(String[]::new));
      assertEquals(2, run.exitCode(), args + ": " + run.err());
      assertEquals(1, run.err().lines().count(), args + ": " + run.err());
      assertTrue(run.err().startsWith("bglab report: "), args + ": " + run.err());
      assertFalse(run.err().contains("Exception"), args + ": " + run.err());
    }
    assertFalse(Files.exists(dir.resolve("r.html")));
  }
}
