package org.bglab.cli;

import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * bglab's subcommands, in the order {@code bglab --help} lists them. A command line is built with
 * only the subcommand that runs, so that starting {@code bglab lessons} does not pay for reading
 * the options of every other command. {@code bglab --help}, {@code completion} and an unknown
 * name (to suggest the nearest) get them all; {@code --version} and the welcome get none.
 */
final class Subcommands {

  /** One subcommand: the name it is typed as and how to make it. */
  record Entry(String name, Supplier<Object> command) {}

  /** Every subcommand; adding one is one line here. */
  static final List<Entry> ALL = List.of(
      new Entry("simulate", SimulateCommand::new),
      new Entry("table", TableCommand::new),
      new Entry("chart", ChartCommand::new),
      new Entry("report", org.bglab.report.ReportCommand::new),
      new Entry("scenario", ScenarioCommand::new),
      new Entry("quiz", QuizCommand::new),
      new Entry("completion", CompletionCommand::new),
      new Entry("lessons", LessonsCommand::new),
      new Entry("lesson", LessonCommand::new),
      new Entry("progress", ProgressCommand::new),
      new Entry("coursework", CourseworkCommand::new),
      new Entry("serve", org.bglab.classroom.ServeCommand::new),
      new Entry("jmh-summary", JmhSummaryCommand::new));

  /** The subcommand that needs every other one built: it describes them all. */
  private static final String COMPLETION = "completion";

  private Subcommands() {}

  /** The bglab command line for {@code args}, with the subcommands that {@code args} can use. */
  static CommandLine commandLine(String[] args) {
    CommandLine line = new CommandLine(new BglabCommand());
    String chosen = chosen(args);
    boolean known = ALL.stream().anyMatch(e -> e.name().equals(chosen));
    boolean all = chosen.equals(COMPLETION) || (!known && !chosen.isEmpty())
        || (chosen.isEmpty() && (List.of(args).contains("--help") || List.of(args).contains("-h")));
    for (Entry entry : ALL) {
      if (all || entry.name().equals(chosen)) {
        line.addSubcommand(entry.name(), entry.command().get());
      }
    }
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line;
  }

  /** The first argument that is not an option: the subcommand's name, if one was given. */
  private static String chosen(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return "";
  }
}
