package org.bglab.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The commands a student types most that take no options (the welcome, {@code --version},
 * {@code lessons}, {@code progress}), run without the command-line parser. picocli 4.7 ships Java 5
 * class files, which class-data sharing cannot archive, and loading it costs more than everything
 * else these commands do; any other command line, and these with any option, go through picocli.
 */
final class QuickStart {

  private QuickStart() {}

  /** The exit code when {@code args} is one of these commands, else empty. */
  static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length > 1) {
      return OptionalInt.empty();
    }
    String command = args.length == 0 ? "" : args[0];
    try {
      switch (command) {
        case "" -> {
          Welcome.print(out, err);
          return OptionalInt.of(ExitCodes.OK);
        }
        case "--version", "-V" -> {
          out.println(Version.text());
          out.flush();
          return OptionalInt.of(ExitCodes.OK);
        }
        case "lessons" -> {
          return OptionalInt.of(LessonsCommand.list(Optional.empty(), out, err));
        }
        case "progress" -> {
          return OptionalInt.of(ProgressCommand.show(Optional.empty(), false, out, err));
        }
        default -> {
          return OptionalInt.empty();
        }
      }
    } catch (RuntimeException ex) {
      err.println("bglab: internal error: " + ex + " (run again with --debug to see where)");
      err.flush();
      return OptionalInt.of(ExitCodes.DEFECT);
    }
  }
}
