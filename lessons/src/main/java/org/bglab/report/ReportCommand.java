package org.bglab.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bglab.cli.ExitCodes;
import org.bglab.cli.Main;
import org.bglab.cli.Numbers;
import org.bglab.cli.UsageError;
import org.bglab.cli.UserCounts;
import org.bglab.files.AtomicWrite;
import org.bglab.growth.ChartLayout;
import org.bglab.growth.GrowthChart;
import org.bglab.growth.GrowthCharts;
import org.bglab.lesson.Commands;
import org.bglab.quiz.InvalidQuestionException;
import org.bglab.quiz.Problem;
import org.bglab.quiz.QuestionBank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bglab report}: one self-contained HTML page for a course page or an LMS, with the growth
 * charts and their fits, the comparisons, the routing-state sizes and the quiz with its proofs.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write one self-contained HTML file: the growth charts (inline SVG) with their fitted"
          + " classes, every strategy compared with a healthy and a faulty green, the"
          + " routing-state sizes, the quiz with what each option did when its check ran, and"
          + " the data as tables. It loads nothing from the network, and the same arguments"
          + " write the same bytes.",
      "Code questions of a --bank run in a JVM of their own: it is Java that runs on this"
          + " machine."
    })
public final class ReportCommand implements Callable<Integer> {

  /** The largest sweep or comparison a report runs. */
  static final int MAX_USERS = 10_000_000;
  /** The largest --jmh file a report reads. */
  static final long MAX_JMH_BYTES = 10_000_000;

  private static final String DEFAULT_USERS = "10..1e7";
  private static final String DEFAULT_COMPARE_USERS = "1e6";

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE.html", required = true,
      description = "The HTML file to write (whole or not at all).")
  Path out;

  @Option(names = "--bank", paramLabel = "DIR",
      description = "Add the questions of every *.yaml file in DIR (repeatable), as quiz --bank.")
  List<Path> banks = new ArrayList<>();

  @Option(names = "--users", paramLabel = "RANGE", defaultValue = DEFAULT_USERS,
      description = "Sizes of the growth charts, a range (1-2-5 per decade) or a list, at most"
          + " 1e7 (default: ${DEFAULT-VALUE}).")
  String users;

  @Option(names = "--compare-users", paramLabel = "N", defaultValue = DEFAULT_COMPARE_USERS,
      description = "Users of the two comparisons, at most 1e7 (default: ${DEFAULT-VALUE}).")
  String compareUsers;

  @Option(names = "--jmh", paramLabel = "FILE.json",
      description = "Also chart wall time measured by JMH (-rf json), read from FILE; left out"
          + " by default, since it depends on the machine that measured it.")
  Path jmh;

  @Override
  public Integer call() {
    List<Integer> sizes = sizes();
    checkCompareUsers();
    requireWritable(out);
    QuestionBank bank = bank();
    List<GrowthChart> measured = jmh == null ? List.of() : measured();
    CourseReport report = CourseReport.gather(command(), sizes, compareUsers, bank, measured,
        ReportCommand::inProcess);
    byte[] page = HtmlReport.render(report).getBytes(StandardCharsets.UTF_8);
    try {
      AtomicWrite.write(out, page);
    } catch (IOException | SecurityException ex) {
      throw new UsageError("--out: cannot write " + out + " (" + AtomicWrite.reason(ex) + ")");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("wrote " + out + " (" + Numbers.bytes(page.length) + "): "
        + report.growth().size() + " growth charts, 2 comparisons, " + report.quiz().size()
        + " questions checked");
    stdout.flush();
    List<String> failed = report.failedChecks();
    if (!failed.isEmpty()) {
      spec.commandLine().getErr().println(spec.qualifiedName() + ": the check of "
          + String.join(", ", failed) + " failed; the report shows what each option did");
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }

  /** The command shown in the report: every argument that shapes its content, not --out. */
  private String command() {
    StringBuilder command = new StringBuilder("bglab report");
    if (!users.equals(DEFAULT_USERS)) {
      command.append(" --users ").append(users);
    }
    if (!compareUsers.equals(DEFAULT_COMPARE_USERS)) {
      command.append(" --compare-users ").append(compareUsers);
    }
    banks.forEach(bank -> command.append(" --bank ").append(bank));
    if (jmh != null) {
      command.append(" --jmh ").append(jmh);
    }
    return command.toString();
  }

  private List<Integer> sizes() {
    List<Integer> sizes;
    try {
      sizes = UserCounts.parseSeries(users);
    } catch (IllegalArgumentException ex) {
      throw new UsageError("--users: " + ex.getMessage());
    }
    if (sizes.stream().anyMatch(n -> n > MAX_USERS)) {
      throw new UsageError("--users: at most " + Numbers.count(MAX_USERS) + " in a report"
          + " (bglab chart draws larger sweeps)");
    }
    return sizes;
  }

  private void checkCompareUsers() {
    int n;
    try {
      n = UserCounts.parseOne(compareUsers);
    } catch (IllegalArgumentException ex) {
      throw new UsageError("--compare-users: " + ex.getMessage());
    }
    if (n > MAX_USERS) {
      throw new UsageError("--compare-users: at most " + Numbers.count(MAX_USERS)
          + " in a report (bglab simulate --compare runs more)");
    }
  }

  /** Refuses an --out that cannot be written, before any work is done for it. */
  private static void requireWritable(Path file) {
    if (file.toString().isBlank()) {
      throw new UsageError("--out: the path is empty; give a file name");
    }
    if (Files.isDirectory(file)) {
      throw new UsageError("--out " + file + ": is a directory; give a file name");
    }
    Path directory = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(directory);
      Files.delete(Files.createTempFile(directory, AtomicWrite.TEMP_PREFIX, ".tmp"));
    } catch (IOException | SecurityException ex) {
      throw new UsageError("--out: cannot write " + file + " (" + AtomicWrite.reason(ex) + ")");
    }
  }

  private QuestionBank bank() {
    try {
      return QuestionBank.load(banks);
    } catch (InvalidQuestionException ex) {
      List<Problem> problems = ex.problems();
      throw new UsageError("--bank: " + problems.get(0).render() + (problems.size() == 1 ? ""
          : " (and " + (problems.size() - 1) + " more: bglab quiz --validate lists them)"));
    }
  }

  private List<GrowthChart> measured() {
    try {
      if (Files.size(jmh) > MAX_JMH_BYTES) {
        throw new UsageError("--jmh " + jmh + ": larger than " + Numbers.bytes(MAX_JMH_BYTES)
            + ", which a report reads");
      }
      return GrowthCharts.fromJmh(Files.readString(jmh), jmh, ChartLayout.DEFAULT);
    } catch (IOException | SecurityException ex) {
      throw new UsageError("--jmh: cannot read " + jmh + " (" + AtomicWrite.reason(ex) + ")");
    } catch (IllegalArgumentException ex) {
      throw new UsageError("--jmh: " + ex.getMessage());
    }
  }

  /** One bglab command line run in this process, as lessons run their experiments. */
  private static Commands.Outcome inProcess(List<String> args) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(stdout),
        new PrintWriter(stderr));
    return new Commands.Outcome(code, stdout.toString(), stderr.toString());
  }
}
