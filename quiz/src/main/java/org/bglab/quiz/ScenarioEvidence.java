package org.bglab.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bglab.simulator.scenario.ScenarioRun;
import org.bglab.simulator.scenario.TranscriptEntry;

/**
 * What one option's scenario did, in a few measured words: the requests sent after the setup and
 * where they went ({@code 1000 sent: 1000 to green, 0 failed}), what the option's own tests saw,
 * what the measuring {@code expect} lines found, and any kubectl command that failed; the parts
 * are separated by {@code " / "}.
 */
final class ScenarioEvidence {

  private ScenarioEvidence() {}

  /** The evidence of {@code run}, the scenario joined as {@code script}. */
  static String describe(ScenarioRun run, ScenarioScript script) {
    Map<String, Traffic> traffic = new LinkedHashMap<>();
    List<String> tests = new ArrayList<>();
    List<String> measured = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (TranscriptEntry entry : run.transcript()) {
      ScenarioScript.Part part = script.partOf(entry.line());
      if (part == ScenarioScript.Part.SETUP) {
        continue;
      }
      if (entry instanceof TranscriptEntry.Traffic sent) {
        traffic.computeIfAbsent(sent.service(), s -> new Traffic()).add(sent);
      } else if (entry instanceof TranscriptEntry.Expectation expectation) {
        if (part == ScenarioScript.Part.OPTION) {
          tests.add("tested " + subject(expectation) + ": " + expectation.actual());
        } else if (!subject(expectation).endsWith("requests")) {
          measured.add("afterwards " + subject(expectation) + ": " + expectation.actual());
        }
      } else if (entry instanceof TranscriptEntry.Command command && command.failed()
          && part == ScenarioScript.Part.OPTION) {
        errors.add("kubectl said " + command.output().strip().lines().findFirst().orElse(""));
      }
    }
    List<String> parts = new ArrayList<>(errors);
    boolean named = traffic.size() > 1;
    traffic.forEach((service, sent) -> parts.add(sent.describe(named ? service : "")));
    parts.addAll(tests);
    parts.addAll(measured);
    return parts.isEmpty() ? "nothing measured" : String.join(" / ", parts);
  }

  /** {@code endpoints blue-standby} for the line {@code expect endpoints blue-standby: blue 3}. */
  private static String subject(TranscriptEntry.Expectation expectation) {
    String text = expectation.text().strip();
    if (text.startsWith("expect")) {
      text = text.substring("expect".length()).strip();
    }
    int colon = text.indexOf(':');
    return colon < 0 ? text : text.substring(0, colon).strip();
  }

  /** Requests to one Service, summed over several {@code send} lines. */
  private static final class Traffic {
    private long sent;
    private final Map<String, Long> served = new LinkedHashMap<>();
    private final Map<String, Long> failures = new TreeMap<>();

    void add(TranscriptEntry.Traffic entry) {
      sent += entry.requests();
      entry.served().counts().forEach((d, n) -> served.merge(d, n, Long::sum));
      entry.failures().counts().forEach((why, n) -> failures.merge(why, n, Long::sum));
    }

    String describe(String service) {
      List<String> parts = new ArrayList<>();
      served.forEach((deployment, count) -> parts.add(count + " to " + deployment));
      long failed = failures.values().stream().mapToLong(Long::longValue).sum();
      List<String> reasons = new ArrayList<>();
      failures.forEach((why, count) -> reasons.add(failures.size() > 1 ? count + " " + why : why));
      parts.add(failed + " failed" + (failed > 0 ? " (" + String.join(", ", reasons) + ")" : ""));
      return sent + " sent" + (service.isEmpty() ? "" : " to " + service) + ": "
          + String.join(", ", parts);
    }
  }
}
