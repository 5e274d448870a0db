package org.bglab.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns a lesson file into a {@link Lesson}. The Markdown is parsed by commonmark; the lesson
 * structure on top of it is: one {@code # Title}, optional intro, then {@code ##} sections of
 * which the first is {@code Objectives} (with a list) and the last {@code Summary}; fenced
 * blocks whose info string is {@code bglab run}, {@code bglab chart}, {@code question} or
 * {@code hint} are directives. Every problem is reported as {@code file:line: message}.
 */
public final class LessonParser {

  private static final Parser MARKDOWN =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final Pattern FILE_NAME = Pattern.compile("(?:[0-9]+-)?([a-z0-9][a-z0-9-]*)\\.md");

  private LessonParser() {}

  /** The lesson id a file name gives: {@code 03-batching.md} gives {@code batching}. */
  public static Optional<String> idOf(String fileName) {
    Matcher matcher = FILE_NAME.matcher(fileName);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /**
   * Parses one lesson.
   *
   * @param source the file as named in messages
   * @param fileName the file's own name, which gives the lesson id
   * @param text the file's content
   */
  public static Lesson parse(String source, String fileName, String text)
      throws LessonFormatError {
    String id = idOf(fileName).orElseThrow(() -> new LessonFormatError(source, 1,
        "a lesson file is named like 08-my-topic.md (lower-case letters, digits and dashes)"));
    Node document = MARKDOWN.parse(text);
    rejectNestedDirectives(source, document);
    String title = null;
    int titleLine = 1;
    List<LessonBlock> intro = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    String heading = null;
    int headingLine = 0;
    List<LessonBlock> blocks = intro;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      int line = lineOf(node);
      if (node instanceof Heading h && h.getLevel() <= 2) {
        String headingText = textOf(h).strip();
        if (headingText.isEmpty()) {
          throw new LessonFormatError(source, line, "a heading needs text");
        }
        if (h.getLevel() == 1) {
          if (title != null) {
            throw new LessonFormatError(source, line, "a lesson has one '# Title' heading;"
                + " use '## ...' for its sections");
          }
          title = headingText;
          titleLine = line;
          continue;
        }
        if (title == null) {
          throw new LessonFormatError(source, line, "the lesson must start with '# Title'");
        }
        if (heading != null) {
          sections.add(new Section(heading, headingLine, blocks));
        }
        heading = headingText;
        headingLine = line;
        blocks = new ArrayList<>();
        continue;
      }
      if (node instanceof HtmlBlock) {
        continue; // HTML comments are notes for instructors; they are never shown
      }
      if (title == null) {
        throw new LessonFormatError(source, line, "the lesson must start with '# Title'");
      }
      blocks.add(block(source, node, line));
    }
    if (heading != null) {
      sections.add(new Section(heading, headingLine, blocks));
    }
    if (title == null) {
      throw new LessonFormatError(source, 1, "the lesson must start with '# Title'");
    }
    Lesson lesson = new Lesson(id, title, source, intro, sections);
    LessonRules.check(lesson, titleLine);
    return lesson;
  }

  private static LessonBlock block(String source, Node node, int line) throws LessonFormatError {
    if (!(node instanceof FencedCodeBlock fence)) {
      return new LessonBlock.Prose(node);
    }
    List<String> info = infoWords(fence);
    BlockText body = BlockText.of(source, line, fence.getLiteral());
    if (info.isEmpty()) {
      return new LessonBlock.Prose(node);
    }
    switch (info.get(0)) {
      case "bglab" -> {
        String kind = info.size() > 1 ? info.get(1) : "";
        if (kind.equals("run")) {
          return DirectiveParser.experiment(body, info.subList(2, info.size()));
        }
        if (kind.equals("chart") && info.size() == 2) {
          return DirectiveParser.chart(body);
        }
        throw new LessonFormatError(source, line, "unknown directive '" + String.join(" ", info)
            + "'; expected 'bglab run' or 'bglab chart'");
      }
      case "question", "hint" -> {
        if (info.size() > 1) {
          throw new LessonFormatError(source, line, "'" + info.get(0)
              + "' takes no attributes, found '" + String.join(" ", info) + "'");
        }
        return info.get(0).equals("hint")
            ? DirectiveParser.hint(body) : QuestionParser.parse(body);
      }
      default -> {
        return new LessonBlock.Prose(node);
      }
    }
  }

  private static List<String> infoWords(FencedCodeBlock fence) {
    String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
    return info.isEmpty() ? List.of() : Arrays.asList(info.split("\\s+"));
  }

  private static boolean isDirective(List<String> info) {
    return !info.isEmpty() && List.of("bglab", "question", "hint").contains(info.get(0));
  }

  private static void rejectNestedDirectives(String source, Node document)
      throws LessonFormatError {
    List<Integer> nested = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock fence) {
        if (!(fence.getParent() instanceof Document) && isDirective(infoWords(fence))) {
          nested.add(lineOf(fence));
        }
      }
    });
    if (!nested.isEmpty()) {
      throw new LessonFormatError(source, nested.get(0),
          "a directive block must stand on its own, not inside a list or quote");
    }
  }

  /** The 1-based line where {@code node} starts. */
  static int lineOf(Node node) {
    return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().get(0).getLineIndex() + 1;
  }

  /** The plain text of a heading. */
  static String textOf(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        text.append(t.getLiteral());
      }

      @Override
      public void visit(Code code) {
        text.append(code.getLiteral());
      }
    });
    return text.toString();
  }

  /** Whether {@code block} is Markdown prose holding a list. */
  static boolean isList(LessonBlock block) {
    return block instanceof LessonBlock.Prose prose && prose.node() instanceof ListBlock;
  }
}
