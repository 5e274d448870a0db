package org.bglab.benchmarks.report;

import java.nio.file.Path;
import java.util.List;
import org.bglab.benchmarks.command.AtomicFile;
import org.bglab.benchmarks.command.Options;
import org.bglab.benchmarks.command.ToolRun;
import org.bglab.benchmarks.memory.MemoryFile;
import org.bglab.benchmarks.memory.MemoryRow;

/**
 * Writes the Markdown summary of a benchmark run from its JSON files. Run from the repository
 * root:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.bglab.benchmarks.report.JmhSummary \
 *     --jmh results/jmh/quick.json --memory results/jmh/memory.json --out results/jmh/SUMMARY.md
 * </pre>
 *
 * Options: {@code --jmh FILE} (required, JMH's {@code -rf json} output), {@code --memory FILE}
 * (the output of {@code RoutingMemory}), {@code --machine TEXT} (a note on the machine),
 * {@code --out FILE} (default: standard output).
 */
public final class JmhSummary {

  private JmhSummary() {}

  /** Entry point; exit code 2 with one line on stderr for bad options or unreadable input. */
  public static void main(String[] args) {
    ToolRun.run("jmh-summary", () -> {
      Options options = Options.parse(args, List.of("--jmh", "--memory", "--machine", "--out"));
      Path jmh = options.requiredPath("--jmh");
      Path memoryFile = options.path("--memory");
      List<MemoryRow> memory = memoryFile == null ? List.of() : MemoryFile.read(memoryFile);
      String sources = "`" + jmh + "`" + (memoryFile == null ? "" : " and `" + memoryFile + "`");
      String text = new SummaryReport(JmhResult.read(jmh), memory)
          .render(sources, options.text("--machine"));
      Path out = options.path("--out");
      if (out == null) {
        System.out.print(text);
      } else {
        AtomicFile.write(out, text);
      }
    });
  }
}
