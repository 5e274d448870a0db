package org.bglab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code bglab}: the top-level command. Without a subcommand it welcomes the user. Its subcommands
 * are listed in {@link Subcommands}.
 */
@Command(
    name = "bglab",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "A learning lab about blue-green deployment of ML models and what it costs to"
        + " switch traffic from blue to green.")
public final class BglabCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Accepted by every subcommand; {@link Main} reads it before parsing to show stack traces. */
  @Option(names = "--debug", hidden = true, scope = ScopeType.INHERIT,
      description = "Show stack traces.")
  boolean debug;

  @Override
  public Integer call() {
    Welcome.print(spec.commandLine().getOut(), spec.commandLine().getErr());
    return ExitCodes.OK;
  }
}
