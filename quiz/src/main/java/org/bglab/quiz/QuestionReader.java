package org.bglab.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one question file (YAML, described in {@code quiz/QUESTIONS.md}) into a {@link Question},
 * collecting every problem it finds with its line instead of stopping at the first.
 */
public final class QuestionReader {

  private static final Set<String> TOP_FIELDS =
      Set.of("id", "title", "prompt", "code", "options", "key", "mistakes", "check");
  private static final Set<String> OPTION_FIELDS = Set.of("text", "explanation", "output");
  private static final Set<String> OUTPUT_FIELDS = Set.of("kind", "condition");
  private static final Set<String> SCENARIO_FIELDS =
      Set.of("kind", "condition", "setup", "scenarios", "measure");
  private static final String DEFAULT_OUTPUT_CONDITION =
      "the option is exactly what the code prints when it runs";
  private static final int MAX_OPTIONS = 8;

  private final YamlDocument doc;
  private final List<Problem> problems = new ArrayList<>();

  private QuestionReader(YamlDocument doc) {
    this.doc = doc;
  }

  /**
   * Reads the question in {@code text}, which came from the file named {@code source}.
   *
   * @throws InvalidQuestionException listing every problem found, each with its line
   */
  public static Question read(String source, String text) throws InvalidQuestionException {
    QuestionReader reader = new QuestionReader(YamlDocument.parse(source, text));
    Question question = reader.question();
    if (!reader.problems.isEmpty()) {
      throw new InvalidQuestionException(reader.problems);
    }
    return question;
  }

  private Question question() {
    JsonNode root = doc.root();
    if (!root.isObject()) {
      problems.add(doc.problem("", "a question file must be a mapping with the fields "
          + String.join(", ", sorted(TOP_FIELDS))));
      return null;
    }
    unknownFields(root, "", TOP_FIELDS);
    String id = text(root, "/id", true);
    if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
      problems.add(doc.problem("/id", "id '" + id
          + "' must be lower-case letters, digits and dashes, e.g. switch-command"));
    }
    String title = text(root, "/title", true);
    String prompt = text(root, "/prompt", true);
    String code = text(root, "/code", false);
    List<Choice> choices = choices(root.path("options"));
    List<String> letters = choices.stream().map(Choice::letter).toList();
    String key = text(root, "/key", true);
    if (key != null && !choices.isEmpty() && !letters.contains(key)) {
      problems.add(doc.problem("/key", "key '" + key + "' is not one of the options "
          + String.join(", ", letters)));
    }
    List<String> mistakes = mistakes(root.path("mistakes"));
    Check check = check(root.path("check"), letters, code);
    return new Question(id, title,
        new MultipleChoice(prompt, code == null ? "" : code, choices, key), mistakes, check,
        doc.source());
  }

  private List<Choice> choices(JsonNode options) {
    List<Choice> choices = new ArrayList<>();
    if (!options.isObject() || options.isEmpty()) {
      problems.add(doc.problem("/options", "options must be a mapping from letters (A, B, ...)"
          + " to an option with text and explanation"));
      return choices;
    }
    if (options.size() < 2 || options.size() > MAX_OPTIONS) {
      problems.add(doc.problem("/options", "a question needs 2 to " + MAX_OPTIONS
          + " options, this one has " + options.size()));
    }
    int index = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); index++) {
      Map.Entry<String, JsonNode> option = it.next();
      String letter = option.getKey();
      String at = "/options/" + letter;
      String expected = String.valueOf((char) ('A' + index));
      if (!letter.equals(expected)) {
        problems.add(doc.problem(at, "option '" + letter + "' should be " + expected
            + ": options are lettered A, B, C, ... in order"));
      }
      if (!option.getValue().isObject()) {
        problems.add(doc.problem(at, "option " + letter + " must have text and explanation"));
        continue;
      }
      unknownFields(option.getValue(), at, OPTION_FIELDS);
      String text = text(option.getValue(), at, "text", true);
      String explanation = text(option.getValue(), at, "explanation", true);
      choices.add(new Choice(letter, text, explanation));
    }
    return choices;
  }

  private List<String> mistakes(JsonNode node) {
    List<String> mistakes = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      problems.add(doc.problem("/mistakes",
          "mistakes must be a list of at least one common mistake"));
      return mistakes;
    }
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isTextual() || node.get(i).asText().isBlank()) {
        problems.add(doc.problem("/mistakes/" + i, "each mistake must be a sentence of text"));
      } else {
        mistakes.add(node.get(i).asText().strip());
      }
    }
    return mistakes;
  }

  private Check check(JsonNode check, List<String> letters, String code) {
    if (!check.isObject()) {
      problems.add(doc.problem("/check",
          "check is missing: give a check of kind 'output' or 'scenario'"));
      return null;
    }
    String kind = text(check, "/check", "kind", true);
    if ("output".equals(kind)) {
      unknownFields(check, "/check", OUTPUT_FIELDS);
      if (code == null) {
        problems.add(doc.problem("/check/kind",
            "a check of kind 'output' runs the question's code, but the question has no code"));
      }
      String condition = text(check, "/check", "condition", false);
      return new OutputCheck(condition == null ? DEFAULT_OUTPUT_CONDITION : condition,
          outputs(letters));
    }
    if ("scenario".equals(kind)) {
      unknownFields(check, "/check", SCENARIO_FIELDS);
      return scenarioCheck(check, letters);
    }
    if (kind != null) {
      problems.add(doc.problem("/check/kind",
          "check kind '" + kind + "' is not known; use 'output' or 'scenario'"));
    }
    return null;
  }

  private Map<String, String> outputs(List<String> letters) {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (String letter : letters) {
      JsonNode option = doc.root().path("options").path(letter);
      JsonNode output = option.has("output") ? option.get("output") : option.get("text");
      if (output != null && output.isValueNode()) {
        outputs.put(letter, output.asText());
      }
    }
    return outputs;
  }

  private ScenarioCheck scenarioCheck(JsonNode check, List<String> letters) {
    String condition = text(check, "/check", "condition", true);
    ScriptText setup = script(check, "/check/setup", false);
    ScriptText measure = script(check, "/check/measure", true);
    Map<String, ScriptText> scenarios = new LinkedHashMap<>();
    JsonNode byLetter = check.path("scenarios");
    if (!byLetter.isObject()) {
      problems.add(doc.problem("/check/scenarios",
          "scenarios must map every option letter to the steps that recreate it"));
    } else {
      for (String letter : letters) {
        if (!byLetter.has(letter)) {
          problems.add(doc.problem("/check/scenarios", "no scenario for option " + letter
              + ": the check must run every option"));
        }
      }
      byLetter.fieldNames().forEachRemaining(letter -> {
        if (!letters.contains(letter)) {
          problems.add(doc.problem("/check/scenarios/" + letter,
              "scenario '" + letter + "' matches no option"));
        } else {
          scenarios.put(letter, script(byLetter, "/check/scenarios/" + letter, true));
        }
      });
    }
    return new ScenarioCheck(condition, setup, scenarios, measure);
  }

  private ScriptText script(JsonNode parent, String pointer, boolean required) {
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      if (required) {
        problems.add(doc.problem(pointer, "'" + name + "' is missing"));
      }
      return ScriptText.empty(doc.source());
    }
    if (!node.isTextual()) {
      problems.add(doc.problem(pointer, "'" + name + "' must be text: write it as a block, "
          + name + ": |"));
      return ScriptText.empty(doc.source());
    }
    return new ScriptText(node.asText(), doc.source(), doc.textLineOf(pointer));
  }

  private String text(JsonNode root, String pointer, boolean required) {
    String name = pointer.substring(1);
    return text(root, "", name, required);
  }

  private String text(JsonNode parent, String at, String name, boolean required) {
    String pointer = at + "/" + name;
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      if (required) {
        problems.add(doc.problem(at.isEmpty() ? "" : at, "'" + name + "' is missing"));
      }
      return null;
    }
    if (!node.isValueNode() || node.asText().isBlank()) {
      problems.add(doc.problem(pointer, "'" + name + "' must be non-empty text"));
      return null;
    }
    return node.asText().stripTrailing();
  }

  private void unknownFields(JsonNode node, String at, Set<String> known) {
    node.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        problems.add(doc.problem(at + "/" + name, "unknown field '" + name + "'; expected "
            + String.join(", ", sorted(known))));
      }
    });
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
