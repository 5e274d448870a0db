package org.bglab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bglab.cli.input.InputFile;
import org.bglab.jmh.JmhResult;
import org.bglab.jmh.JmhResults;
import org.bglab.jmh.MemoryRow;
import org.bglab.jmh.MemoryRows;
import org.bglab.jmh.SummaryReport;
import org.bglab.output.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bglab jmh-summary}: the Markdown summary of a benchmark run, judged against the
 * project's performance targets. {@code benchmarks/run-profile.sh} calls it; it is hidden from
 * the student's list of commands.
 */
@Command(
    name = "jmh-summary",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Write the Markdown summary of a benchmark run (JMH JSON and the memory"
        + " probe's JSON), with a verdict per performance target.")
public final class JmhSummaryCommand implements Callable<Integer> {

  /** A run's JSON is kilobytes; anything this large is not one. */
  static final long MAX_INPUT_BYTES = 50_000_000;

  private static final String WHY = "the summary reads";

  @Spec CommandSpec spec;

  @Option(names = "--jmh", paramLabel = "FILE.json", split = ",", required = true,
      description = "JMH results written with -rf json (one or more, comma-separated).")
  List<Path> jmh;

  @Option(names = "--memory", paramLabel = "FILE.json",
      description = "The memory probe's rows (benchmarks' RoutingMemory).")
  Path memory;

  @Option(names = "--machine", paramLabel = "TEXT",
      description = "A short description of the machine, shown in the summary.")
  String machine;

  @Option(names = "--out", paramLabel = "FILE.md",
      description = "Where to write the summary (default: standard output).")
  Path out;

  @Override
  public Integer call() {
    List<JmhResult> results = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (Path file : jmh) {
      results.addAll(InputFile.parse(file, "--jmh", MAX_INPUT_BYTES, WHY, JmhResults::parse));
      sources.add("`" + file + "`");
    }
    List<MemoryRow> rows = List.of();
    if (memory != null) {
      rows = InputFile.parse(memory, "--memory", MAX_INPUT_BYTES, WHY, MemoryRows::parse);
      sources.add("`" + memory + "`");
    }
    String text = new SummaryReport(results, rows).render(String.join(", ", sources), machine);
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      AtomicFile.write(out, text, "--out");
      spec.commandLine().getErr().println("wrote " + out);
    }
    return ExitCodes.OK;
  }
}
