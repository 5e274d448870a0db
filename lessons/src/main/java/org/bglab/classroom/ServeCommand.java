package org.bglab.classroom;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bglab.quiz.InvalidQuestionException;
import org.bglab.quiz.Problem;
import org.bglab.quiz.QuestionBank;
import org.bglab.simulator.input.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bglab serve}: the classroom page on a local web server, offline. It prints the address
 * to open and serves until Ctrl-C, which stops it cleanly through a shutdown hook.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serve the classroom page: watch a switch of up to 10,000,000 users live (requests moving"
          + " from blue to green, users flipping, the counters, the mixed-version window, an"
          + " alarm and the rollback), compare every strategy, draw the growth curves with their"
          + " fits, and take the quiz with the proof of every answer. Every run is bglab's own"
          + " simulator, on this machine; the page loads nothing from the network.",
      "It listens on 127.0.0.1 only, unless --host says otherwise. Ctrl-C stops it."
    })
public final class ServeCommand implements Callable<Integer> {

  /** The default port. */
  static final int DEFAULT_PORT = 8642;

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8642",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on; 0.0.0.0 lets a class on your network connect, with"
          + " no password (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--bank", paramLabel = "DIR",
      description = "Add the questions of every *.yaml file in DIR to the quiz (repeatable).")
  List<Path> banks = new ArrayList<>();

  @Option(names = "--strategy-path", paramLabel = "DIR|JAR",
      description = "Class path of your own strategy: a directory of compiled classes or a jar.")
  List<String> classPath = new ArrayList<>();

  @Option(names = "--strategy-class", paramLabel = "CLASS",
      description = "Your own SwitchStrategy on --strategy-path, offered beside the built-in"
          + " ones; repeatable. A call into it that throws or takes over 5 s fails that run"
          + " only.")
  List<String> classNames = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      throw new InputError("--port must be 0 to 65535, got " + port);
    }
    InetAddress address = address();
    QuestionBank bank = bank(err);
    if (bank == null) {
      return 2;
    }
    StrategyCatalogue strategies = new StrategyCatalogue(entries(), classNames);
    ClassroomServer server;
    try {
      server = ClassroomServer.start(host, port, strategies, bank, err);
    } catch (BindException ex) {
      throw new InputError("cannot listen on " + host + ":" + port + " ("
          + ex.getMessage() + "); choose another --port, or --port 0 for any free one");
    }
    if (!address.isLoopbackAddress()) {
      err.println("bglab serve: warning: listening on " + host + ": anyone who can reach this"
          + " machine on port " + server.port() + " can open the page and start runs; there is"
          + " no password");
    }
    String shown = address.isAnyLocalAddress() ? "127.0.0.1" : host;
    out.println("bglab serve: open http://" + (shown.contains(":") ? "[" + shown + "]" : shown)
        + ":" + server.port() + "/ in a browser (Ctrl-C stops)");
    out.flush();
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      out.println("bglab serve: stopped");
      out.flush();
      stopped.countDown();
    }, "bglab-serve-stop"));
    stopped.await();
    return 0;
  }

  private InetAddress address() {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException ex) {
      throw new InputError("--host " + host + " is not an address of this machine");
    }
  }

  private QuestionBank bank(PrintWriter err) {
    try {
      return QuestionBank.load(banks);
    } catch (InvalidQuestionException ex) {
      for (Problem problem : ex.problems()) {
        err.println(problem.render());
      }
      err.flush();
      return null;
    }
  }

  private List<Path> entries() {
    List<Path> entries = new ArrayList<>();
    for (String entry : classPath) {
      for (String part : entry.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
        if (!part.isBlank()) {
          entries.add(Path.of(part));
        }
      }
    }
    return entries;
  }
}
