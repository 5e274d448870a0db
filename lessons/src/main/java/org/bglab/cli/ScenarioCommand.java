package org.bglab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bglab.cli.input.Converters;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.scenario.Scenario;
import org.bglab.simulator.scenario.ScenarioRun;
import org.bglab.simulator.scenario.ScenarioSyntaxException;
import org.bglab.simulator.scenario.TranscriptEntry;
import org.bglab.simulator.scenario.TranscriptText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bglab scenario}: runs a scenario script against a simulated cluster and prints what happened. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = {
      "Run a scenario: a script of kubectl commands, traffic, waits and expectations against a"
          + " small simulated Kubernetes cluster, and print the transcript.",
      "Give a FILE, or the NAME of a bundled scenario (see --list). Copy a bundled one to start"
          + " your own: bglab scenario --show safe-workflow > my.scenario",
      "Exit codes: 0 every expectation held, 1 an expectation failed, 2 bad input."
    })
public final class ScenarioCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|NAME",
      description = "A scenario file, or the name of a bundled scenario.")
  String target;

  @Option(names = "--list", description = "List the bundled scenarios: one name per line, then what it shows.")
  boolean list;

  @Option(names = "--show", description = "Print the scenario's text instead of running it.")
  boolean show;

  @Option(names = "--seed", paramLabel = "X", converter = Converters.Seed.class,
      description = "Seed of the random traffic choices (default: the scenario's seed line, else 42).")
  Long seed;


  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list && (show || target != null)) {
      throw new InputError("--list takes no FILE|NAME and no --show: it lists the bundled scenarios");
    }
    if (list) {
      int width = BundledScenarios.list().stream().mapToInt(e -> e.name().length()).max().orElse(0);
      BundledScenarios.list().forEach(e -> out.println(String.format("%-" + width + "s  %s", e.name(), e.description())));
      out.flush();
      return ExitCodes.OK;
    }
    if (target == null) {
      throw new InputError("give a scenario FILE or the NAME of a bundled one (bglab scenario --list shows them)");
    }
    Source source = load(target);
    if (show) {
      out.print(source.text());
      out.flush();
      return ExitCodes.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    Scenario scenario;
    try {
      scenario = Scenario.parse(source.name(), source.text());
    } catch (ScenarioSyntaxException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.INPUT;
    }
    ScenarioRun run = seed == null ? scenario.run() : scenario.run(seed);
    TranscriptText.lines(run).forEach(out::println);
    out.flush();
    for (TranscriptEntry.Expectation failure : run.failures()) {
      err.println(source.name() + ":" + failure.line() + ": expectation failed: " + failure.text()
          + " (actual: " + failure.actual() + ")");
    }
    err.flush();
    return run.passed() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** Scenario text and the name to report it under. */
  private record Source(String name, String text) {}

  private static Source load(String target) {
    Path path = Path.of(target);
    if (Files.isRegularFile(path)) {
      try {
        return new Source(target, Files.readString(path, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new InputError("cannot read " + target + ": " + e.getMessage());
      }
    }
    if (Files.isDirectory(path)) {
      throw new InputError(target + " is a directory, not a scenario file");
    }
    return BundledScenarios.text(target)
        .map(text -> new Source(target + ".scenario", text))
        .orElseThrow(() -> new InputError("no scenario file or bundled scenario named \"" + target
            + "\" (bglab scenario --list shows the bundled ones)"));
  }
}
