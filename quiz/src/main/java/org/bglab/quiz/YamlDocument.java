package org.bglab.quiz;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read with Jackson, together with the line on which every key and value
 * starts, so that problems found after parsing can still name their line.
 */
final class YamlDocument {

  private static final YAMLFactory FACTORY =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private final String source;
  private final JsonNode root;
  private final Map<String, Integer> lines;
  private final Map<String, Integer> textLines;

  private YamlDocument(
      String source, JsonNode root, Map<String, Integer> lines, Map<String, Integer> textLines) {
    this.source = source;
    this.root = root;
    this.lines = lines;
    this.textLines = textLines;
  }

  /**
   * The file line holding the first line of a scalar that starts at {@code line}:{@code column}:
   * the next line for a literal block ({@code |}), whose lines then follow the file's one by one.
   */
  private static int firstTextLine(String text, int line, int column) {
    String[] fileLines = text.split("\n", -1);
    if (line < 1 || line > fileLines.length) {
      return line;
    }
    String rest = fileLines[line - 1].substring(Math.min(fileLines[line - 1].length(),
        Math.max(0, column - 1))).stripLeading();
    return rest.startsWith("|") ? line + 1 : line;
  }

  /**
   * Parses {@code text}; a syntax error becomes an {@link InvalidQuestionException} naming the
   * line where the parser stopped.
   */
  static YamlDocument parse(String source, String text) throws InvalidQuestionException {
    Map<String, Integer> lines = new HashMap<>();
    Map<String, Integer> textLines = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        JsonLocation at = parser.currentTokenLocation();
        lines.putIfAbsent(pointer, at.getLineNr());
        if (token.isScalarValue()) {
          textLines.put(pointer, firstTextLine(text, at.getLineNr(), at.getColumnNr()));
        }
      }
      JsonNode root = MAPPER.readTree(text);
      return new YamlDocument(source, root, lines, textLines);
    } catch (JsonProcessingException ex) {
      throw new InvalidQuestionException(List.of(syntaxProblem(source, ex)));
    } catch (IOException ex) {
      throw new InvalidQuestionException(List.of(new Problem(source, 0, ex.getMessage())));
    }
  }

  private static Problem syntaxProblem(String source, JsonProcessingException ex) {
    JsonLocation where = ex.getLocation();
    String message = ex.getOriginalMessage() == null ? "not valid YAML" : ex.getOriginalMessage();
    message = message.strip().lines().findFirst().orElse("not valid YAML").strip();
    return new Problem(source, where == null ? 0 : Math.max(0, where.getLineNr()),
        "not valid YAML: " + message);
  }

  /** The name of the file, as shown in problems. */
  String source() {
    return source;
  }

  /** The parsed document; a missing node when the file is empty. */
  JsonNode root() {
    return root == null ? MAPPER.missingNode() : root;
  }

  /**
   * The line where the node at {@code pointer} (a JSON pointer such as {@code /options/A}) starts,
   * or the line of its nearest existing parent; 1 when nothing better is known.
   */
  int lineOf(String pointer) {
    String at = pointer;
    while (true) {
      Integer line = lines.get(at);
      if (line != null) {
        return line;
      }
      if (at.isEmpty()) {
        return 1;
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  /**
   * The file line of the first line of the text at {@code pointer}; for a literal block
   * ({@code key: |}) line {@code i} of the text is then on file line {@code textLine + i}.
   */
  int textLineOf(String pointer) {
    Integer line = textLines.get(pointer);
    return line != null ? line : lineOf(pointer);
  }

  /** A problem located at the node {@code pointer}. */
  Problem problem(String pointer, String message) {
    return new Problem(source, lineOf(pointer), message);
  }
}
