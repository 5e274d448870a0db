package org.bglab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bglab.chart.Axes;
import org.bglab.output.Numbers;
import org.bglab.growth.DataTable;
import org.bglab.growth.GrowthChart;
import org.bglab.growth.SeriesFit;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.metrics.Measure;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A {@link CourseReport} as one self-contained HTML page: its style sheet inline, its charts as
 * inline SVG, and nothing that loads from anywhere else. The page is built as a jsoup document,
 * so every text is escaped by jsoup, in one place, and the same report gives the same bytes.
 */
final class HtmlReport {

  /** The size the charts are drawn at; the style sheet scales them to the page. */
  static final int CHART_WIDTH = 1200;
  static final int CHART_HEIGHT = 675;

  private static final String STYLE = "/bglab/report/report.css";

  private HtmlReport() {}

  /** The page of {@code report}. */
  static String render(CourseReport report) {
    Document document = Document.createShell("");
    document.outputSettings().charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base).prettyPrint(true).indentAmount(1);
    document.prependChild(new DocumentType("html", "", ""));
    document.selectFirst("html").attr("lang", "en");
    Element head = document.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text("bglab report: switching n users from blue to green");
    head.appendElement("style").appendChild(new DataNode(style()));

    Element body = document.body();
    Element header = body.appendElement("header");
    header.appendElement("h1").text("Switching n users from blue to green: a bglab report");
    Element made = header.appendElement("p");
    made.appendText("Written by ");
    made.appendElement("code").text(report.command());
    made.appendText(". Every figure, table and proof below comes from running bglab's simulator"
        + " and the quiz's checks; nothing is computed from a formula. Time is simulated time and"
        + " memory the size of the routing state, so the same command writes the same file.");
    Element nav = body.appendElement("nav").attr("aria-label", "Contents");
    nav.appendElement("h2").text("Contents");
    Element contents = nav.appendElement("ol");
    Element main = body.appendElement("main");

    growth(section(main, contents, "growth", "How the work grows with n"), report);
    compare(section(main, contents, "compare", "Every strategy, the same inputs"),
        report.compare(), "A healthy green: how long each switch takes, how long versions mix,"
            + " and what it costs.");
    compare(section(main, contents, "faulty-green", "A faulty green: which strategies limit the"
            + " damage"), report.faulty(), "Green fails " + percent(CourseReport.FAULTY_ERROR_RATE)
            + " of its requests. An alarm watches green's failed share and rolls back with the"
            + " same strategy; the rows below the last rules say how far green had reached"
            + " when it fired.");
    routing(section(main, contents, "routing-state", "Routing-state sizes"), report);
    QuizSection.render(section(main, contents, "quiz", "Quiz, with proofs"), report.quiz());
    if (!report.measured().isEmpty()) {
      measured(section(main, contents, "measured", "Measured wall time (JMH)"), report);
    }
    data(section(main, contents, "data", "Data"), report);
    return document.outerHtml() + "\n";
  }

  private static Element section(Element main, Element contents, String id, String title) {
    contents.appendElement("li").appendElement("a").attr("href", "#" + id).text(title);
    Element section = main.appendElement("section").attr("id", id)
        .attr("aria-labelledby", id + "-title");
    section.appendElement("h2").attr("id", id + "-title").text(title);
    return section;
  }

  private static void growth(Element section, CourseReport report) {
    List<Integer> sizes = report.growth().get(0).data().orElseThrow().rows().stream()
        .map(row -> row.get(3).toString()).distinct().map(Integer::valueOf).toList();
    section.appendElement("p").text("Each strategy switched every user from blue to green at "
        + sizes.size() + " sizes, n = " + Numbers.count(sizes.get(0)) + " to "
        + Numbers.count(sizes.get(sizes.size() - 1)) + ", with every operation counted as it was"
        + " performed (as bglab chart does). Each legend entry, and the table under each chart,"
        + " names the complexity class that fits the series best; a class marked (unsure)"
        + " should not be read as a verdict. Lines have their own colour and marker, none of"
        + " them blue or green. The measured values are in the Data section.");
    for (GrowthChart chart : report.growth()) {
      chartWithFits(section, chart);
    }
  }

  private static void chartWithFits(Element section, GrowthChart chart) {
    String title = chart.chart().title();
    section.appendElement("h3").attr("id", chart.name()).text(title);
    Element figure = section.appendElement("figure").addClass("chart");
    String caption = chart.name() + "-caption";
    figure.appendChild(InlineSvg.of(chart.svg(CHART_WIDTH, CHART_HEIGHT), chart.name() + "-",
        caption));
    figure.appendElement("figcaption").attr("id", caption).text(title + " ("
        + (chart.chart().axes() == Axes.LOG_LOG ? "log-log axes" : "linear axes")
        + "; the same chart as bglab chart writes to " + chart.pictureName() + ".svg)");
    List<List<String>> rows = new ArrayList<>();
    for (SeriesFit fit : chart.seriesFits()) {
      rows.add(List.of(fit.series(), fit.complexityClass().label(),
          Numbers.decimal(100 * fit.error(), 1) + "%", fit.doubt().orElse("")));
    }
    HtmlTable.add(section, "Fitted class of each series: " + title,
        List.of("series", "class", "error", "why unsure"), rows);
  }

  private static void compare(Element section, CompareRun run, String intro) {
    section.appendElement("p").text(intro);
    Element command = section.appendElement("p");
    command.appendText("The command: ");
    command.appendElement("code").text(run.command());
    Element figure = section.appendElement("figure").addClass("output");
    figure.appendElement("pre").text(run.text());
    figure.appendElement("figcaption").text("What " + run.command() + " prints.");
    List<String> header = new ArrayList<>(List.of("JSON field", "meaning"));
    run.runs().forEach(each -> header.add(each.path("strategy").asText()));
    List<List<String>> rows = new ArrayList<>();
    for (Measure measure : Measure.values()) {
      if (!measure.inJson()) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(measure.jsonPath(), measure.meaning()));
      String pointer = "/" + measure.jsonPath().replace('.', '/');
      run.runs().forEach(each -> row.add(value(each.at(pointer))));
      rows.add(row);
    }
    HtmlTable.add(section, "The same runs as data (" + run.command() + " --format json):"
        + " every field of the catalogue, one column per strategy; seconds are simulated,"
        + " shares run from 0 to 1, and – marks a field that does not apply to that run.",
        header, rows);
  }

  private static String value(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? "–" : node.asText();
  }

  private static void routing(Element section, CourseReport report) {
    GrowthChart memory = report.chart(SweepMetric.MEMORY).orElseThrow();
    section.appendElement("p").text("The routing state each strategy holds, as a central router"
        + " holds it, measured from the state after the switch (the memory chart above, at each"
        + " power of ten it measured, or at every size if none). With proxies each node adds its"
        + " lag (8 B) and a window of writes not yet applied everywhere; the comparisons above"
        + " report both.");
    Map<String, Map<String, String>> bySize = new LinkedHashMap<>();
    List<String> series = new ArrayList<>();
    List<List<?>> measured = memory.data().orElseThrow().rows();
    // the powers of ten, or every size when the sweep has none
    boolean decades = measured.stream().anyMatch(row -> isPowerOfTen(row.get(3)));
    for (List<?> row : measured) {
      String name = row.get(0).toString();
      long n = (long) Double.parseDouble(row.get(3).toString());
      long bytes = (long) Double.parseDouble(row.get(4).toString());
      if (!series.contains(name)) {
        series.add(name);
      }
      if (!decades || isPowerOfTen(row.get(3))) {
        bySize.computeIfAbsent(Numbers.count(n), k -> new LinkedHashMap<>()).put(name,
            Numbers.count(bytes) + " B (" + Numbers.decimal(bytes / (double) n, 3) + " B/user)");
      }
    }
    List<String> header = new ArrayList<>(List.of("users n"));
    header.addAll(series);
    List<List<String>> rows = new ArrayList<>();
    bySize.forEach((n, cells) -> {
      List<String> row = new ArrayList<>(List.of(n));
      series.forEach(name -> row.add(cells.getOrDefault(name, "–")));
      rows.add(row);
    });
    HtmlTable.add(section, "Bytes of routing state, and bytes per user, for n users", header,
        rows);
  }

  private static boolean isPowerOfTen(Object n) {
    return Long.toString((long) Double.parseDouble(n.toString())).matches("10*");
  }

  private static void measured(Element section, CourseReport report) {
    section.appendElement("p").text("Wall time measured by JMH on the machine that ran the"
        + " benchmarks, read from the file given to --jmh. Unlike everything above, it depends"
        + " on that machine; the report copies it, so the same file gives the same page.");
    report.measured().forEach(chart -> chartWithFits(section, chart));
  }

  private static void data(Element section, CourseReport report) {
    section.appendElement("p").text("The values every chart was drawn from, as the CSV files"
        + " of bglab chart hold them.");
    List<GrowthChart> charts = new ArrayList<>(report.growth());
    charts.addAll(report.measured());
    for (GrowthChart chart : charts) {
      DataTable data = chart.data().orElseThrow();
      List<List<String>> rows = data.rows().stream()
          .map(row -> row.stream().map(Object::toString).toList()).toList();
      HtmlTable.add(section,
          "Data of \"" + chart.chart().title() + "\" (" + chart.name() + ".csv)",
          data.columns(), rows);
    }
  }

  private static String percent(String share) {
    return Numbers.decimal(100 * Double.parseDouble(share), 1) + "%";
  }

  private static String style() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(STYLE)) {
      if (in == null) {
        throw new IllegalStateException("the report's style sheet " + STYLE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
