package org.bglab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the bodies of the {@code bglab run}, {@code bglab chart} and {@code hint} directives
 * (questions have their own {@link QuestionParser}).
 */
final class DirectiveParser {

  /** Commands a lesson may not run: they would start a lesson inside a lesson. */
  private static final Set<String> NOT_IN_LESSONS = Set.of("lesson", "lessons", "progress");

  private static final Set<String> CHART_KEYS = Set.of("data", "x", "y", "series", "style", "full");

  private DirectiveParser() {}

  /** A {@code bglab run} block; {@code attributes} are the words after {@code run}. */
  static LessonBlock.Experiment experiment(BlockText body, List<String> attributes)
      throws LessonFormatError {
    int expectedExit = 0;
    List<String> parts = List.of();
    for (String attribute : attributes) {
      if (attribute.matches("exit=[0-9]{1,3}")) {
        expectedExit = Integer.parseInt(attribute.substring("exit=".length()));
      } else if (attribute.matches("show=[a-z-]+(,[a-z-]+)*")) {
        parts = List.of(attribute.substring("show=".length()).split(","));
      } else {
        throw body.errorAtFence("unknown attribute '" + attribute + "' on 'bglab run' (there are"
            + " exit=N, the expected exit code, and show=PART,..., the parts of the report shown)");
      }
    }
    List<CommandText> lines = new ArrayList<>();
    for (int i = 0; i < body.lines().size(); i++) {
      if (!body.lines().get(i).isBlank()) {
        lines.add(command(body, i, body.lines().get(i)));
      }
    }
    if (lines.isEmpty()) {
      throw body.errorAtFence("a 'bglab run' block needs at least one command line");
    }
    return new LessonBlock.Experiment(lines, expectedExit, parts);
  }

  /** A {@code bglab chart} block of {@code key: value} lines. */
  static LessonBlock.Chart chart(BlockText body) throws LessonFormatError {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (int i = 0; i < body.lines().size(); i++) {
      String line = body.lines().get(i);
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (!CHART_KEYS.contains(key)) {
        throw body.error(i, "expected 'key: value' with a key among " + String.join(", ",
            List.of("data", "x", "y", "series", "style", "full")) + ", found '" + line.strip() + "'");
      }
      if (values.put(key, line.substring(colon + 1).strip()) != null) {
        throw body.error(i, "'" + key + "' is given twice");
      }
      lineOf.put(key, i);
    }
    for (String required : List.of("data", "x", "y")) {
      if (values.getOrDefault(required, "").isEmpty()) {
        throw body.errorAtFence("a 'bglab chart' block needs '" + required + ": ...'");
      }
    }
    CommandText data = command(body, lineOf.get("data"), values.get("data"));
    String format = String.join(" ", data.args());
    if (!format.contains("--format csv") && !format.contains("--format=csv")) {
      throw body.error(lineOf.get("data"), "the data command must print CSV: add --format csv");
    }
    ChartStyle style = ChartStyle.BARS;
    if (values.containsKey("style")) {
      try {
        style = ChartStyle.valueOf(values.get("style").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw body.error(lineOf.get("style"), "style must be bars or sparkline, not '"
            + values.get("style") + "'");
      }
    }
    Optional<CommandText> full = Optional.empty();
    if (values.containsKey("full")) {
      CommandText command = command(body, lineOf.get("full"), values.get("full"));
      if (command.args().isEmpty() || !command.args().get(0).equals("chart")) {
        throw body.error(lineOf.get("full"), "'full' names the 'bglab chart ...' command that"
            + " writes the full chart files");
      }
      full = Optional.of(command);
    }
    return new LessonBlock.Chart(data, values.get("x"), values.get("y"),
        Optional.ofNullable(values.get("series")).filter(s -> !s.isEmpty()), style, full);
  }

  /** A {@code hint} block. */
  static LessonBlock.Hint hint(BlockText body) throws LessonFormatError {
    String text = String.join("\n", body.lines()).strip();
    if (text.isEmpty()) {
      throw body.errorAtFence("a 'hint' block is empty");
    }
    return new LessonBlock.Hint(text, body.firstLine() - 1);
  }

  /** One command line at body line {@code index}. */
  static CommandText command(BlockText body, int index, String line) throws LessonFormatError {
    List<String> words;
    try {
      words = CommandLineSplitter.split(line.strip());
    } catch (IllegalArgumentException ex) {
      throw body.error(index, "cannot split the command line: " + ex.getMessage());
    }
    if (words.isEmpty() || !words.get(0).equals("bglab")) {
      throw body.error(index, "a command line starts with 'bglab', found '" + line.strip() + "'");
    }
    List<String> args = words.subList(1, words.size());
    if (args.isEmpty() || NOT_IN_LESSONS.contains(args.get(0))) {
      throw body.error(index, "a lesson cannot run '" + line.strip()
          + "'; use it for experiments such as 'bglab simulate ...'");
    }
    return new CommandText(line.strip(), args, body.firstLine() + index);
  }
}
