package org.bglab.lesson.terminal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Renders commonmark blocks as terminal text: paragraphs wrapped to the width, lists with
 * bullets or numbers, quotes with a bar, code indented, {@code `code`} and {@code **strong**}
 * styled when colour is on (code keeps its backticks when it is off).
 */
final class MarkdownText {

  private final int width;
  private final Palette palette;

  MarkdownText(int width, Palette palette) {
    this.width = width;
    this.palette = palette;
  }

  /** The lines of one Markdown block. */
  List<String> lines(Node block) {
    return lines(block, "", "");
  }

  private List<String> lines(Node block, String first, String rest) {
    List<String> out = new ArrayList<>();
    if (block instanceof Paragraph) {
      out.addAll(TextWrap.wrap(inline(block), width, first, rest));
    } else if (block instanceof Heading) {
      TextWrap.wrap(Palette.plain(inline(block)), width, first, rest)
          .forEach(line -> out.add(palette.bold(line)));
    } else if (block instanceof BulletList || block instanceof OrderedList) {
      int number = block instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
      boolean firstItem = true;
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        String marker = block instanceof OrderedList ? (number++) + ". " : "• ";
        String lead = firstItem ? first : rest;
        out.addAll(item(item, lead + "  " + marker, rest + "  " + " ".repeat(marker.length())));
        firstItem = false;
      }
    } else if (block instanceof BlockQuote) {
      out.addAll(children(block, first + "│ ", rest + "│ "));
    } else if (block instanceof FencedCodeBlock fence) {
      out.addAll(code(fence.getLiteral(), rest));
    } else if (block instanceof IndentedCodeBlock indented) {
      out.addAll(code(indented.getLiteral(), rest));
    } else if (block instanceof ThematicBreak) {
      out.add(rest + "─".repeat(Math.max(3, width - rest.length())));
    } else if (!(block instanceof HtmlBlock)) {
      out.addAll(children(block, first, rest));
    }
    return out;
  }

  private List<String> item(Node item, String first, String rest) {
    return item instanceof ListItem ? children(item, first, rest) : lines(item, first, rest);
  }

  private List<String> children(Node parent, String first, String rest) {
    List<String> out = new ArrayList<>();
    boolean isFirst = true;
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      out.addAll(lines(child, isFirst ? first : rest, rest));
      isFirst = false;
    }
    return out;
  }

  private List<String> code(String literal, String indent) {
    List<String> out = new ArrayList<>();
    String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    String lead = indent + "    ";
    for (String line : body.split("\n", -1)) {
      TextWrap.code(line, width, lead).forEach(piece -> out.add(
          lead + palette.code(piece.substring(lead.length()))));
    }
    return out;
  }

  /** The inline content of {@code parent} as one styled string. */
  String inline(Node parent) {
    StringBuilder text = new StringBuilder();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text t) {
        text.append(t.getLiteral());
      } else if (node instanceof Code c) {
        text.append(palette.colour() ? palette.code(c.getLiteral()) : "`" + c.getLiteral() + "`");
      } else if (node instanceof StrongEmphasis) {
        text.append(palette.bold(inline(node)));
      } else if (node instanceof Emphasis) {
        text.append(inline(node));
      } else if (node instanceof Link link) {
        String label = inline(node);
        text.append(label.equals(link.getDestination()) ? label
            : label + " (" + link.getDestination() + ")");
      } else if (node instanceof Image image) {
        text.append(inline(image));
      } else if (node instanceof SoftLineBreak) {
        text.append(' ');
      } else if (node instanceof HardLineBreak) {
        text.append('\n');
      } else if (node instanceof HtmlInline html) {
        text.append(html.getLiteral());
      } else {
        text.append(inline(node));
      }
    }
    return text.toString();
  }
}
