package org.bglab.benchmarks.report;

import java.nio.file.Path;
import java.util.ArrayList;
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
 *     --jmh results/jmh/quick.json,results/jmh/quick-hold.json \
 *     --memory results/jmh/quick-memory.json --out results/jmh/SUMMARY.md
 * </pre>
 *
 * Options: {@code --jmh FILE,...} (required: one or more JMH {@code -rf json} outputs),
 * {@code --memory FILE} (the output of {@code RoutingMemory}), {@code --machine TEXT} (a note on
 * the machine), {@code --out FILE} (default: standard output).
 */
public final class JmhSummary {

  private JmhSummary() {}

  /** Entry point; exit code 2 with one line on stderr for bad options or unreadable input. */
  public static void main(String[] args) {
    ToolRun.run("jmh-summary", () -> {
      Options options = Options.parse(args, List.of("--jmh", "--memory", "--machine", "--out"));
      List<Path> jmh = options.requiredPaths("--jmh");
      List<JmhResult> results = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      for (Path file : jmh) {
        results.addAll(JmhResult.read(file));
        sources.add("`" + file + "`");
      }
      Path memoryFile = options.path("--memory");
      List<MemoryRow> memory = memoryFile == null ? List.of() : MemoryFile.read(memoryFile);
      if (memoryFile != null) {
        sources.add("`" + memoryFile + "`");
      }
      String text = new SummaryReport(results, memory)
          .render(String.join(", ", sources), options.text("--machine"));
      Path out = options.path("--out");
      if (out == null) {
        System.out.print(text);
      } else {
        AtomicFile.write(out, text);
      }
    });
  }
}
