package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strategy compiled outside bglab, here at test time with the JDK compiler against the
 * simulator's classes, is loaded with --strategy-path and --strategy-class and runs beside the
 * built-in ones; one that throws or hangs fails the command with exit code 1 and one line.
 */
class CourseStrategyCommandTest {

  private static final String PACKAGE = "course.own";

  private static final String PREAMBLE = "package " + PACKAGE + ";\n"
      + "import org.bglab.simulator.metrics.OperationCounter;\n"
      + "import org.bglab.simulator.model.Environment;\n"
      + "import org.bglab.simulator.model.UserRouteTable;\n"
      + "import org.bglab.simulator.strategy.*;\n";

  /** A batched switch from the last user down, taking its batch size from StrategyOptions. */
  private static final String OWN = PREAMBLE
      + "public final class Own implements SwitchStrategy<UserRouteTable> {\n"
      + "  private final int b;\n"
      + "  public Own(StrategyOptions options) { b = options.batchSize(); }\n"
      + "  public String name() { return \"own-batched\"; }\n"
      + "  public String label() { return \"own-batched (b=\" + b + \")\"; }\n"
      + "  public int batchSize() { return b; }\n"
      + "  public UserRouteTable newRoutingState(int users) { return new UserRouteTable(users); }\n"
      + "  public SwitchProcess begin(UserRouteTable t, Environment target, OperationCounter c) {\n"
      + "    return new SwitchProcess() {\n"
      + "      int end = t.users();\n"
      + "      public boolean step() {\n"
      + "        if (isComplete()) return false;\n"
      + "        int from = Math.max(0, end - b);\n"
      + "        c.recordUpdateCall();\n"
      + "        c.recordEntriesWritten(t.assignRange(from, end, target));\n"
      + "        end = from;\n"
      + "        return true;\n"
      + "      }\n"
      + "      public boolean isComplete() { return end == 0; }\n"
      + "    };\n"
      + "  }\n"
      + "}\n";

  private static String broken(String name, String step) {
    return PREAMBLE
        + "public final class " + name + " implements SwitchStrategy<UserRouteTable> {\n"
        + "  public String name() { return \"" + name.toLowerCase() + "\"; }\n"
        + "  public UserRouteTable newRoutingState(int n) { return new UserRouteTable(n); }\n"
        + "  public SwitchProcess begin(UserRouteTable t, Environment to, OperationCounter c) {\n"
        + "    return new SwitchProcess() {\n"
        + "      public boolean step() { " + step + " }\n"
        + "      public boolean isComplete() { return false; }\n"
        + "    };\n"
        + "  }\n"
        + "}\n";
  }

  @TempDir static Path classes;
  @TempDir Path out;

  @BeforeAll
  static void compileTheCourseStrategies() throws Exception {
    Path sources = Files.createDirectories(classes.resolve("src"));
    Path bin = Files.createDirectories(classes.resolve("bin"));
    List<Path> files = List.of(
        write(sources, "Own", OWN),
        write(sources, "Thrower", broken("Thrower",
            "throw new IllegalStateException(\"no route for user 0\");")),
        write(sources, "ArgThrower", broken("ArgThrower",
            "throw new IllegalArgumentException(\"bad share\");")),
        write(sources, "Hanger", broken("Hanger",
            "try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) {"
                + " Thread.currentThread().interrupt(); } return true;")),
        write(sources, "NotAStrategy", "package " + PACKAGE + ";\n"
            + "public final class NotAStrategy {}\n"));
    String simulator = Path.of(SwitchStrategy.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).toString();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    List<String> args = Stream.concat(
        Stream.of("--release", "17", "-classpath", simulator, "-d", bin.toString()),
        files.stream().map(Path::toString)).toList();
    int code = javac.run(null, null, null, args.toArray(String[]::new));
    assertEquals(0, code, "the course strategies compile: " + messages);
  }

  private static Path write(Path dir, String name, String source) throws IOException {
    return Files.writeString(dir.resolve(name + ".java"), source);
  }

  private static CliRun run(String className, String... args) {
    return CliRun.of(Stream.concat(Stream.of(args), Stream.of(
        "--strategy-path", classes.resolve("bin").toString(),
        "--strategy-class", PACKAGE + "." + className)).toArray(String[]::new));
  }

  @Test
  void simulateCompareShowsItBesideTheBuiltIns() {
    CliRun run = run("Own", "simulate", "--compare", "--users", "1000", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\nper-user,1000,"), run.out());
    assertTrue(run.out().contains("\nown-batched,1000,100,42,"), run.out());
  }

  @Test
  void simulateRunsItAloneWithItsOwnSettings() {
    CliRun run = run("Own", "simulate", "--users", "1000", "--batch-size", "7", "--format",
        "json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"strategy\": \"own-batched\""), run.out());
    assertTrue(run.out().contains("\"batchSize\": 7"), run.out());
    assertTrue(run.out().contains("\"updateCalls\": 143"), "ceil(1000 / 7): " + run.out());
  }

  @Test
  void tableGivesItAColumn() {
    CliRun run = run("Own", "table", "--users", "10,100,1000");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("own-batched (b=100)"), run.out());
    assertTrue(run.out().contains("pointer-swap"), run.out());
  }

  @Test
  void chartSweepsItOncePerBatchSize() throws IOException {
    CliRun run = run("Own", "chart", "--users", "10,100,1000", "--metric", "calls",
        "--batch-size", "10,100", "--format", "csv", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    try (Stream<Path> files = Files.list(out)) {
      Path csv = files.filter(p -> p.toString().endsWith(".csv")
          && !p.toString().endsWith("-fits.csv")).findFirst().orElseThrow();
      String data = Files.readString(csv);
      assertTrue(data.contains("own-batched (b=10),own-batched,10,1000,100"), data);
      assertTrue(data.contains("own-batched (b=100),own-batched,100,1000,10"), data);
      assertTrue(csv.getFileName().toString().contains("own-batched"), csv.toString());
    }
  }

  @Test
  void aStrategyThatThrowsIsItsOwnFailure() {
    CliRun run = run("Thrower", "simulate", "--compare", "--users", "100");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("strategy 'thrower' failed in step()"), run.err());
    assertTrue(run.err().contains("no route for user 0"), run.err());
  }

  @Test
  void anIllegalArgumentFromTheStrategyIsStillItsOwnFailureNotBadInput() {
    CliRun run = run("ArgThrower", "simulate", "--users", "100");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("strategy 'argthrower' failed in step()"), run.err());
    assertTrue(run.err().contains("bad share"), run.err());
  }

  @Test
  void aStrategyThatHangsIsStoppedAfterTheLimit() {
    CliRun run = run("Hanger", "table", "--users", "10");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("strategy 'hanger' did not return from step() within 5 s"),
        run.err());
  }

  @Test
  void aClassThatIsMissingOrNotAStrategyIsBadInput() {
    CliRun missing = run("Missing", "simulate");
    assertEquals(ExitCodes.INPUT, missing.exitCode(), missing.err());
    assertEquals(1, missing.err().lines().count(), missing.err());
    CliRun wrong = run("NotAStrategy", "simulate");
    assertEquals(ExitCodes.INPUT, wrong.exitCode(), wrong.err());
    assertTrue(wrong.err().contains("does not implement"), wrong.err());
  }
}
