package org.bglab.simulator.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bglab.simulator.kernel.Durations;
import org.bglab.simulator.cluster.ShellWords;

/** Reads scenario text, line by line, into steps; see {@link Scenario} for the format. */
final class ScenarioParser {

  private static final long MAX_REQUESTS = 10_000_000;
  private static final int MAX_CONNECTIONS = 1_000_000;

  private final String source;
  private final List<Step> steps = new ArrayList<>();
  private Long seed;

  private ScenarioParser(String source) {
    this.source = source;
  }

  static Scenario parse(String source, String text, int firstLine) {
    ScenarioParser parser = new ScenarioParser(source);
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int number = firstLine + i;
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        parser.steps.add(new CommentStep(number, line));
        continue;
      }
      try {
        parser.read(number, line);
      } catch (IllegalArgumentException e) {
        throw new ScenarioSyntaxException(source, number, e.getMessage());
      }
    }
    return new Scenario(source, parser.steps, parser.seed == null ? Scenario.DEFAULT_SEED : parser.seed);
  }

  private void read(int number, String line) {
    List<String> words = Arrays.asList(line.split("\\s+"));
    String verb = words.get(0);
    switch (verb) {
      case "kubectl", "bglab" -> steps.add(kubectl(number, line, verb.equals("bglab")));
      case "send" -> steps.add(send(number, line, words));
      case "open", "close" -> steps.add(connections(number, line, words));
      case "wait" -> {
        expectWords(words, 2, "wait DURATION, such as wait 30s");
        steps.add(new WaitStep(number, line, duration(words.get(1))));
      }
      case "set" -> {
        if (words.size() > 1 && words.get(1).equals(FaultyImageStep.KEY)) {
          steps.add(FaultyImageStep.parse(number, line, words));
        } else {
          expectWords(words, 3, "set KEY VALUE, such as set nodes 10");
          steps.add(SettingStep.parse(number, line, words.get(1), words.get(2)));
        }
      }
      case "seed" -> {
        expectWords(words, 2, "seed NUMBER");
        if (seed != null) {
          throw new IllegalArgumentException("the seed is already set");
        }
        seed = parseLong(words.get(1), "seed");
      }
      case "expect" -> steps.add(ExpectParser.parse(number, line));
      default -> throw new IllegalArgumentException("unknown step \"" + verb
          + "\" (a line starts with kubectl, bglab, send, open, close, wait, set, seed or expect; # starts a comment)");
    }
  }

  private static KubectlStep kubectl(int number, String line, boolean addition) {
    List<String> words = ShellWords.split(line);
    if (words.size() < 2) {
      throw new IllegalArgumentException(words.get(0) + " needs a command, such as kubectl get pods");
    }
    boolean additionFlag = words.stream().anyMatch(w -> w.startsWith("--labels") || w.startsWith("--selector"));
    if (!addition && words.get(1).equals("create") && additionFlag) {
      throw new IllegalArgumentException("real kubectl has no " + (line.contains("--labels") ? "--labels" : "--selector")
          + " flag on \"kubectl create\"; bglab's addition is marked as such: write this line as \"bglab "
          + line.substring(line.indexOf("create")) + "\" (see the scenario guide), or use real commands"
          + " (kubectl expose deployment ..., kubectl set selector service ...)");
    }
    if (addition && !(words.get(1).equals("create") && additionFlag)) {
      throw new IllegalArgumentException("a bglab line holds one of bglab's additions to kubectl (create deployment"
          + " ... --labels=..., create service clusterip ... --selector=...); this command is real kubectl:"
          + " write it as a kubectl line");
    }
    return new KubectlStep(number, line, words, addition);
  }

  private static SendStep send(int number, String line, List<String> words) {
    String usage = "send N requests [to SERVICE] [and SERVICE]... [over DURATION] [on connections]";
    if (words.size() < 3 || !words.get(2).matches("requests?")) {
      throw new IllegalArgumentException("expected " + usage);
    }
    long count = parseLong(words.get(1), "the number of requests");
    if (count < 1 || count > MAX_REQUESTS) {
      throw new IllegalArgumentException("the number of requests must be from 1 to " + MAX_REQUESTS);
    }
    String service = null;
    List<String> combinedWith = new ArrayList<>();
    long over = 0;
    boolean onConnections = false;
    for (int i = 3; i < words.size(); i += 2) {
      String option = words.get(i);
      if (i + 1 >= words.size()) {
        throw new IllegalArgumentException("\"" + option + "\" needs a value; expected " + usage);
      }
      String value = words.get(i + 1);
      switch (option) {
        case "to" -> service = value;
        case "and" -> combinedWith.add(value);
        case "over" -> over = duration(value);
        case "on" -> {
          if (!value.equals("connections")) {
            throw new IllegalArgumentException("expected \"on connections\"");
          }
          onConnections = true;
        }
        default -> throw new IllegalArgumentException("unknown option \"" + option + "\"; expected " + usage);
      }
    }
    return new SendStep(number, line, count, service, combinedWith, over, onConnections);
  }

  private static ConnectionsStep connections(int number, String line, List<String> words) {
    boolean open = words.get(0).equals("open");
    int index = open ? 2 : 1;
    String usage = open ? "open N connections [to SERVICE] [for DURATION]" : "close connections [to SERVICE]";
    if (words.size() <= index || !words.get(index).matches("connections?")) {
      throw new IllegalArgumentException("expected " + usage);
    }
    int count = open ? (int) Math.min(Integer.MAX_VALUE, parseLong(words.get(1), "the number of connections")) : 0;
    if (open && (count < 1 || count > MAX_CONNECTIONS)) {
      throw new IllegalArgumentException("the number of connections must be from 1 to " + MAX_CONNECTIONS);
    }
    String service = null;
    long lifetime = -1;
    for (int i = index + 1; i < words.size(); i += 2) {
      String option = words.get(i);
      if (i + 1 >= words.size() || !(option.equals("to") || (open && option.equals("for")))) {
        throw new IllegalArgumentException("expected " + usage);
      }
      if (option.equals("to")) {
        service = words.get(i + 1);
      } else {
        lifetime = duration(words.get(i + 1));
      }
    }
    return new ConnectionsStep(number, line, open, count, service, lifetime);
  }

  private static void expectWords(List<String> words, int count, String usage) {
    if (words.size() != count) {
      throw new IllegalArgumentException("expected " + usage);
    }
  }

  static long duration(String text) {
    return Durations.parse(text).toNanos();
  }

  /** Reads a whole number, allowing {@code _} between digits ({@code 1_000}). */
  static long parseLong(String text, String what) {
    if (!text.matches("\\d+(_\\d+)*")) {
      throw new IllegalArgumentException(what + " must be a whole number, got \"" + text + "\"");
    }
    try {
      return Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " is too large: " + text);
    }
  }

  static int positiveInt(String text, String what) {
    long value = parseLong(text, what);
    if (value < 1 || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(what + " must be at least 1, got " + text);
    }
    return (int) value;
  }
}
