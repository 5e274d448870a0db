package org.bglab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bglab.lesson.Commands;
import org.bglab.quiz.QuestionBank;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report's page, gathered with a stand-in for bglab's command line: no picocli. */
class HtmlReportTest {

  private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";

  /** Answers every comparison with hostile text and one strategy named in markup. */
  private static Commands.Outcome hostile(List<String> args, List<List<String>> seen) {
    seen.add(args);
    return args.contains("json")
        ? new Commands.Outcome(0, "[{\"strategy\": \"<b>bold</b>\", \"users\": 7}]", "")
        : new Commands.Outcome(0, HOSTILE + "\n", "");
  }

  @Test
  void escapesEveryTextItShowsAndRunsBothComparisons() {
    List<List<String>> seen = new ArrayList<>();
    CourseReport report = CourseReport.gather("bglab report --users 10..100", List.of(10, 100),
        "1e3", QuestionBank.of(List.of()), List.of(), args -> hostile(args, seen));
    assertEquals(List.of(
        List.of("simulate", "--compare", "--users", "1e3", "--rps", "5000"),
        List.of("simulate", "--compare", "--users", "1e3", "--rps", "5000", "--format", "json"),
        List.of("simulate", "--compare", "--users", "1e3", "--rps", "5000",
            "--green-error-rate", "0.3"),
        List.of("simulate", "--compare", "--users", "1e3", "--rps", "5000",
            "--green-error-rate", "0.3", "--format", "json")), seen);
    String page = HtmlReport.render(report);
    Document html = Jsoup.parse(page);
    assertTrue(html.select("script, b").isEmpty(), "markup in a text stays text");
    assertFalse(page.contains("<script>"));
    assertEquals(HOSTILE, html.select("#compare pre").text());
    assertEquals("<b>bold</b>", html.select("#compare thead th").get(2).text());
    Element users = html.select("#compare tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals("users")).findFirst().orElseThrow();
    assertEquals("7", users.child(2).text());
    assertTrue(users.child(2).hasClass("num"));
    Element batch = html.select("#compare tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals("batchSize")).findFirst().orElseThrow();
    assertEquals("–", batch.child(2).text(), "a field the run does not hold");
    assertEquals("--batch-size", batch.child(1).selectFirst("code").text(),
        "the catalogue's `code` spans are shown as code");
  }

  @Test
  void inlinesEachSvgWithIdsOfItsOwn() {
    String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
        + "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\" height=\"9px\" version=\"1.1\""
        + " viewBox=\"0 0 16 9\" width=\"16px\" x=\"0px\" y=\"0px\" xmlns=\"http://www.w3.org/2000/svg\">"
        + "<defs><clipPath id=\"clip1\"><rect height=\"1\" width=\"1\"/></clipPath></defs>"
        + "<g clip-path=\"url(#clip1)\"><use xlink:href=\"#clip1\"/></g></svg>";
    Element inline = InlineSvg.of(svg, "a-", "a-caption");
    String html = inline.outerHtml();
    assertFalse(html.contains("http"), html);
    assertFalse(html.contains("DOCTYPE") || html.contains("<?xml"), html);
    assertEquals("0 0 16 9", inline.attr("viewBox"), "attribute case is kept");
    assertEquals("a-clip1", inline.selectFirst("clipPath").id());
    assertEquals("url(#a-clip1)", inline.selectFirst("g").attr("clip-path"));
    assertEquals("#a-clip1", inline.selectFirst("use").attr("xlink:href"));
    assertEquals("img", inline.attr("role"));
    assertEquals("a-caption", inline.attr("aria-labelledby"));
    assertFalse(inline.hasAttr("width") || inline.hasAttr("height"), "the page sizes it");
  }
}
