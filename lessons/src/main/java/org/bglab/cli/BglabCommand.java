package org.bglab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bglab}: the top-level command. Without a subcommand it welcomes the user. */
@Command(
    name = "bglab",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "A learning lab about blue-green deployment of ML models and what it costs to"
        + " switch traffic from blue to green.",
    subcommands = {
      SimulateCommand.class,
      TableCommand.class,
      ScenarioCommand.class,
      CompletionCommand.class,
    })
public final class BglabCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--debug", hidden = true, description = "Show stack traces.")
  boolean debug;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(Welcome.text());
    out.flush();
    return ExitCodes.OK;
  }
}
