package org.bglab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.bglab.lesson.Commands;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Runs lesson experiments as bglab command lines in this JVM, through {@link Main#run}. */
final class InProcessCommands implements Commands {

  @Override
  public Outcome run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  @Override
  public Optional<String> parseProblem(List<String> args) {
    CommandLine commandLine = Subcommands.commandLine(args.toArray(String[]::new));
    try {
      commandLine.parseArgs(args.toArray(String[]::new));
      return Optional.empty();
    } catch (ParameterException ex) {
      return Optional.of(String.valueOf(ex.getMessage()));
    }
  }
}
