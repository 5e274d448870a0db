package org.bglab.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns a chart's SVG file, as {@code bglab chart} writes it, into an element to place inside an
 * HTML page: no XML declaration or DTD, no namespace declarations (HTML puts {@code svg} in its
 * namespace itself), a size set by the page's style sheet, and ids made unique to the chart so
 * that several charts on one page never share a clip path.
 */
final class InlineSvg {

  private InlineSvg() {}

  /**
   * The {@code svg} element of {@code svg}, labelled by the element with id {@code labelId}.
   *
   * @param prefix what every id in the drawing starts with, unique on the page
   */
  static Element of(String svg, String prefix, String labelId) {
    Element root = Jsoup.parse(svg, "", Parser.xmlParser()).selectFirst("svg");
    if (root == null) {
      throw new IllegalArgumentException("not an SVG drawing");
    }
    root.remove();
    for (String name : new String[] {"xmlns", "xmlns:xlink", "width", "height", "x", "y",
        "version"}) {
      root.removeAttr(name);
    }
    root.attr("role", "img").attr("aria-labelledby", labelId);
    for (Element element : root.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String value = attribute.getValue();
        if (attribute.getKey().equals("id")) {
          attribute.setValue(prefix + value);
        } else if (value.contains("url(#")) {
          attribute.setValue(value.replace("url(#", "url(#" + prefix));
        } else if (attribute.getKey().endsWith("href") && value.startsWith("#")) {
          attribute.setValue("#" + prefix + value.substring(1));
        }
      }
    }
    return root;
  }
}
