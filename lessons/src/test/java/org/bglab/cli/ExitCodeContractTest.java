package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bglab.simulator.input.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The exit-code contract across commands: a bad value of every kind of option, and every kind of
 * unusable file, is the user's to fix (exit 2, one line naming it); an exception bglab did not
 * expect, an {@link IllegalArgumentException} included, is a defect (exit 70). The options of
 * {@code simulate} one by one are in {@link SimulateCommandTest}.
 */
class ExitCodeContractTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // user counts, single and series
    "simulate --users 1e10|--users",
    "table --users 10..5|--users",
    "table --users 10,,20|--users",
    "chart --users 0..10|--users",
    // names from a closed set
    "simulate --routing somewhere|--routing",
    "chart --metric speed|--metric",
    "chart --strategies per-user,teleport|teleport",
    "table --format yaml|--format",
    // durations, rates, probabilities, shares
    "simulate --linear-interval 3fortnights|--linear-interval",
    "simulate --rps 1e400|--rps",
    "simulate --error-threshold -1|--error-threshold",
    "simulate --canary-share 0%|--canary-share",
    // picocli's own parameter errors
    "table --colour blue|--colour",
    "lessons --answers|--answers",
    // values that only fail together: a switch longer than the simulated clock
    "simulate --users 1e9 --entry-write 100000s --rps 0|simulated clock",
    "simulate --strategy linear --linear-interval 9000000000s|simulated clock",
    // named things that do not exist
    "lesson 99|no lesson '99'",
    "scenario no-such-scenario|no-such-scenario",
    "simulate --strategy-path . --strategy-class no.such.Strategy|no.such.Strategy",
    // quiz answers
    "quiz --answers Z|--answers",
  })
  void badInputOfEveryKindExitsTwoWithOneLine(String command, String mentioned) {
    CliRun run = CliRun.of(command.split(" "));
    assertUsersToFix(run, mentioned);
  }

  @Test
  void filesThatAreMissingOrMalformedAreTheUsersToFix() throws IOException {
    Path garbage = Files.writeString(dir.resolve("garbage.csv"), "not,a\nbglab,file\n");
    Path json = Files.writeString(dir.resolve("garbage.json"), "{\"rows\": 3}");
    Path scenario = Files.writeString(dir.resolve("bad.scenario"), "fly to the moon\n");
    Path lessons = Files.createDirectories(dir.resolve("lessons"));
    Files.writeString(lessons.resolve("01-x.md"), "no title here\n");
    String out = dir.resolve("out").toString();
    assertUsersToFix(CliRun.of("chart", "--out", out, "--csv", garbage.toString()), "garbage.csv");
    assertUsersToFix(CliRun.of("chart", "--out", out, "--timeline", garbage.toString()),
        "garbage.csv");
    assertUsersToFix(CliRun.of("chart", "--out", out, "--jmh", json.toString()), "garbage.json");
    assertUsersToFix(CliRun.of("jmh-summary", "--jmh", json.toString()), "garbage.json");
    assertUsersToFix(CliRun.of("jmh-summary", "--jmh", dir.resolve("none.json").toString()),
        "none.json");
    assertUsersToFix(CliRun.of("lessons", "--lessons", dir.resolve("none").toString()), "none");
    CliRun badScenario = CliRun.of("scenario", scenario.toString());
    assertEquals(ExitCodes.INPUT, badScenario.exitCode(), badScenario.err());
    assertTrue(badScenario.err().startsWith(scenario + ":1: "), badScenario.err());
    CliRun badLesson = CliRun.of("lessons", "--validate", "--lessons", lessons.toString());
    assertEquals(ExitCodes.INPUT, badLesson.exitCode(), badLesson.err());
    assertTrue(badLesson.err().contains("01-x.md:1:"), badLesson.err());
  }

  @Test
  void anIllegalArgumentInsideBglabIsADefectNotBadInput() {
    StringWriter err = new StringWriter();
    int code = defective(new IllegalArgumentException("an index out of its table"), err, false);
    assertEquals(ExitCodes.DEFECT, code);
    assertEquals(70, code);
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("bglab broken: internal error (a bglab defect): an index"
        + " out of its table"), err.toString());
    assertFalse(err.toString().contains("IllegalArgumentException"), err.toString());

    StringWriter traced = new StringWriter();
    defective(new IllegalArgumentException("x"), traced, true);
    assertTrue(traced.toString().contains("\tat "), "--debug shows the trace: " + traced);
  }

  @Test
  void theInputErrorItselfIsExitTwoFromAnyCommand() {
    StringWriter err = new StringWriter();
    assertEquals(ExitCodes.INPUT, defective(new InputError("--thing: no such thing"), err, false));
    assertEquals("bglab broken: --thing: no such thing", err.toString().strip());
  }

  /** A command that throws {@code thrown}, run behind bglab's error reporter. */
  private static int defective(RuntimeException thrown, StringWriter err, boolean debug) {
    CommandLine line = new CommandLine(new BglabCommand());
    line.addSubcommand("broken", new Broken(thrown));
    line.setErr(new PrintWriter(err, true));
    line.setOut(new PrintWriter(new StringWriter(), true));
    line.setParameterExceptionHandler(new ErrorReporter(debug));
    line.setExecutionExceptionHandler(new ErrorReporter(debug));
    return line.execute("broken");
  }

  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    private final RuntimeException thrown;

    Broken(RuntimeException thrown) {
      this.thrown = thrown;
    }

    @Override
    public Integer call() {
      throw thrown;
    }
  }

  private static void assertUsersToFix(CliRun run, String mentioned) {
    assertEquals(ExitCodes.INPUT, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), "one line: " + run.err());
    assertTrue(run.err().contains(mentioned), run.err());
    assertTrue(run.err().startsWith("bglab "), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }
}
