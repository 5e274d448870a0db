package org.bglab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bglab completion}: prints a completion script for bash and zsh. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for bglab's commands and options.",
      "bash: source <(./bglab completion)",
      "zsh:  autoload -U bashcompinit && bashcompinit && source <(./bglab completion)"
    })
public final class CompletionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash("bglab", spec.root().commandLine()));
    out.flush();
    return ExitCodes.OK;
  }
}
