package org.bglab.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bglab.chart.JmhTable;
import org.bglab.cli.ExitCodes;
import org.bglab.cli.Main;
import org.bglab.cli.input.InputFile;
import org.bglab.cli.input.UserCounts;
import org.bglab.growth.ChartLayout;
import org.bglab.growth.GrowthChart;
import org.bglab.growth.GrowthCharts;
import org.bglab.lesson.Commands;
import org.bglab.output.AtomicFile;
import org.bglab.output.Numbers;
import org.bglab.quiz.InvalidQuestionException;
import org.bglab.quiz.Problem;
import org.bglab.quiz.QuestionBank;
import org.bglab.simulator.input.InputError;
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
    AtomicFile.requireWritableFile(out, "--out");
    QuestionBank bank = bank();
    List<GrowthChart> measured = jmh == null ? List.of() : measured();
    CourseReport report = CourseReport.gather(command(), sizes, compareUsers, bank, measured,
        ReportCommand::inProcess);
    byte[] page = HtmlReport.render(report).getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(out, page, "--out");
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
      throw new InputError("--users: " + ex.getMessage());
    }
    if (sizes.stream().anyMatch(n -> n > MAX_USERS)) {
      throw new InputError("--users: at most " + Numbers.count(MAX_USERS) + " in a report"
          + " (bglab chart draws larger sweeps)");
    }
    return sizes;
  }

  private void checkCompareUsers() {
    int n;
    try {
      n = UserCounts.parseOne(compareUsers);
    } catch (IllegalArgumentException ex) {
      throw new InputError("--compare-users: " + ex.getMessage());
    }
    if (n > MAX_USERS) {
      throw new InputError("--compare-users: at most " + Numbers.count(MAX_USERS)
          + " in a report (bglab simulate --compare runs more)");
    }
  }

  private QuestionBank bank() {
    try {
      return QuestionBank.load(banks);
    } catch (InvalidQuestionException ex) {
      List<Problem> problems = ex.problems();
      throw new InputError("--bank: " + problems.get(0).render() + (problems.size() == 1 ? ""
          : " (and " + (problems.size() - 1) + " more: bglab quiz --validate lists them)"));
    }
  }

  private List<GrowthChart> measured() {
    return GrowthCharts.fromJmh(InputFile.parse(jmh, "--jmh", MAX_JMH_BYTES, "a report reads",
        JmhTable::parse), jmh, ChartLayout.DEFAULT);
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
