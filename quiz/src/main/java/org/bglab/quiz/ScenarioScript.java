package org.bglab.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario run for one option: the check's setup, the option's steps and the measuring steps,
 * joined into one text, remembering which part each line came from so that a line of the joined
 * text can be traced back to its line in the question file.
 */
final class ScenarioScript {

  /** The part of the joined text a line belongs to. */
  enum Part { SETUP, OPTION, MEASURE }

  private final List<String> lines = new ArrayList<>();
  private final List<ScriptText> origins = new ArrayList<>();
  private final List<Integer> localLines = new ArrayList<>();
  private final List<Part> parts = new ArrayList<>();

  ScenarioScript(ScriptText setup, ScriptText option, ScriptText measure) {
    append(setup, Part.SETUP);
    append(option, Part.OPTION);
    append(measure, Part.MEASURE);
  }

  private void append(ScriptText script, Part part) {
    if (script.text().isEmpty()) {
      return;
    }
    String[] split = script.text().split("\\R", -1);
    int count = split.length;
    if (count > 0 && split[count - 1].isEmpty()) {
      count--;
    }
    for (int i = 0; i < count; i++) {
      lines.add(split[i]);
      origins.add(script);
      localLines.add(i + 1);
      parts.add(part);
    }
  }

  /** The joined scenario text. */
  String text() {
    return String.join("\n", lines) + "\n";
  }

  /** The question file the lines came from. */
  String source() {
    return origins.isEmpty() ? "" : origins.get(0).source();
  }

  /** The part that line {@code line} (1-based) of the joined text came from. */
  Part partOf(int line) {
    return inRange(line) ? parts.get(line - 1) : Part.MEASURE;
  }

  /** The question-file line that line {@code line} of the joined text came from. */
  int fileLine(int line) {
    return inRange(line) ? origins.get(line - 1).fileLine(localLines.get(line - 1)) : 0;
  }

  private boolean inRange(int line) {
    return line >= 1 && line <= lines.size();
  }
}
