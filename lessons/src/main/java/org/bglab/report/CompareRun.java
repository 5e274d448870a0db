package org.bglab.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.bglab.lesson.Commands;

/**
 * One {@code bglab simulate --compare} run, as a report shows it: the command, its table exactly
 * as the command prints it, and its JSON (one object per strategy) for the data table.
 *
 * @param args the words after {@code bglab}
 * @param text what the command printed
 * @param runs the JSON object of each strategy's run, in the order of the table's columns
 */
public record CompareRun(List<String> args, String text, List<JsonNode> runs) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Copies the lists. */
  public CompareRun {
    args = List.copyOf(args);
    runs = List.copyOf(runs);
  }

  /**
   * Runs {@code args} twice through {@code bglab}: once as the table, once with
   * {@code --format json}.
   *
   * @throws IllegalStateException when either run fails: the report asks only for what the
   *     command accepts, so a failure is a defect
   */
  static CompareRun of(List<String> args, BglabRun bglab) {
    String text = succeeded(args, bglab.run(args));
    List<String> json = new ArrayList<>(args);
    json.addAll(List.of("--format", "json"));
    try {
      List<JsonNode> runs = new ArrayList<>();
      JSON.readTree(succeeded(json, bglab.run(json))).forEach(runs::add);
      return new CompareRun(args, text, runs);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static String succeeded(List<String> args, Commands.Outcome outcome) {
    if (outcome.exitCode() != 0) {
      throw new IllegalStateException("bglab " + String.join(" ", args) + " exited with "
          + outcome.exitCode() + ": " + outcome.err().strip());
    }
    return outcome.out();
  }

  /** The command as typed: {@code bglab simulate --compare ...}. */
  public String command() {
    return "bglab " + String.join(" ", args);
  }
}
