package org.bglab.cli;

import java.io.PrintWriter;
import org.bglab.course.StrategyFailure;
import org.bglab.simulator.input.InputError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit code that says whose fault it is (see
 * {@link ExitCodes}): 1 for a course strategy's own failure, 2 for input the user can fix (picocli's
 * parameter errors and every {@link InputError}), 70 for anything else, which is a defect of
 * bglab's, an {@link IllegalArgumentException} included. A stack trace is printed only with
 * {@code --debug}.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

  private final boolean debug;

  ErrorReporter(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(prefix(command) + lowerFirst(ex.getMessage())
        + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
    trace(ex, err);
    return ExitCodes.INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (ex instanceof StrategyFailure) {
      err.println(prefix(command) + ex.getMessage());
      trace(ex, err);
      return ExitCodes.FAILED;
    }
    if (ex instanceof InputError) {
      err.println(prefix(command) + ex.getMessage());
      trace(ex, err);
      return ExitCodes.INPUT;
    }
    // a defect of bglab's: no Java class name for the user, the trace with --debug
    String what = ex.getMessage() == null || ex.getMessage().isBlank()
        ? "something bglab did not expect happened" : ex.getMessage();
    err.println(prefix(command) + "internal error (a bglab defect): " + what
        + (debug ? "" : " (run again with --debug to see where)"));
    trace(ex, err);
    return ExitCodes.DEFECT;
  }

  private void trace(Throwable ex, PrintWriter err) {
    if (debug) {
      ex.printStackTrace(err);
    }
  }

  private static String prefix(CommandLine command) {
    return command.getCommandSpec().qualifiedName() + ": ";
  }

  private static String lowerFirst(String message) {
    if (message == null || message.isEmpty()) {
      return "invalid input";
    }
    return Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
