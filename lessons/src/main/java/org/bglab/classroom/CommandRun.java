package org.bglab.classroom;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.bglab.cli.Main;

/**
 * One bglab command run in this JVM.
 *
 * @param args its arguments
 * @param code its exit code
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 * @param file a file it wrote, read back, or empty
 */
record CommandRun(List<String> args, int code, String out, String err, String file) {

  /** Runs {@code args} through {@link Main#run}. */
  static CommandRun of(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new CommandRun(args, code, out.toString(), err.toString(), "");
  }

  /** The result of {@code run}, waiting for it; its failure rethrown unchecked. */
  static <T> T await(Future<T> run) {
    try {
      return run.get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a command ran", ex);
    } catch (ExecutionException ex) {
      if (ex.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(String.valueOf(ex.getCause().getMessage()), ex.getCause());
    }
  }

  /** The HTTP status for a failed command: 422 when user code failed, else 500. */
  int status() {
    return code == 1 ? 422 : code == 2 ? Replies.BAD_REQUEST : Replies.DEFECT;
  }

  /** The command's one error line. */
  String errorLine() {
    String line = err.strip().lines().reduce((first, second) -> second).orElse("");
    return line.isEmpty() ? "the command ended with exit code " + code : line;
  }
}
