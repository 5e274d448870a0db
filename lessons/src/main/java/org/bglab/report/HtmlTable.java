package org.bglab.report;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The report's tables: a caption, a header row, a header cell opening each row. */
final class HtmlTable {

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?(E-?[0-9]+)?%?( [A-Za-zµ/]+)?");

  private HtmlTable() {}

  /**
   * A table with a caption, a header row, and the first cell of each row as its header; numbers
   * are aligned right, and a catalogue text's {@code `code`} spans are shown as code.
   */
  static void add(Element parent, String caption, List<String> header,
      List<List<String>> rows) {
    Element wrapper = parent.appendElement("div").addClass("table");
    Element table = wrapper.appendElement("table");
    table.appendElement("caption").text(caption);
    Element head = table.appendElement("thead").appendElement("tr");
    header.forEach(cell -> head.appendElement("th").attr("scope", "col").text(cell));
    Element body = table.appendElement("tbody");
    for (List<String> row : rows) {
      Element tr = body.appendElement("tr");
      for (int i = 0; i < row.size(); i++) {
        Element cell = i == 0 ? tr.appendElement("th").attr("scope", "row")
            : tr.appendElement("td");
        if (NUMBER.matcher(row.get(i)).matches()) {
          cell.addClass("num");
        }
        withCode(cell, row.get(i));
      }
    }
  }

  /** {@code text} into {@code element}, its {@code `...`} spans as {@code code}. */
  static void withCode(Element element, String text) {
    String[] parts = text.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 1 && i < parts.length - 1) {
        element.appendElement("code").text(parts[i]);
      } else if (!parts[i].isEmpty()) {
        element.appendText(i % 2 == 1 ? "`" + parts[i] : parts[i]);
      }
    }
  }
}
