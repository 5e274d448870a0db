package org.bglab.benchmarks.memory;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bglab.benchmarks.command.Options;
import org.bglab.benchmarks.command.ToolRun;

/**
 * Measures memory per user of each {@link RoutingStructure} at several sizes and prints the rows
 * as JSON on standard output (a readable table goes to standard error). The profile script saves
 * the JSON next to the JMH results, where {@code bglab jmh-summary} reads it.
 *
 * <p>Every structure is measured by JOL's object-graph walk (exact, up to {@code --graph-max}
 * users, since the walk is slow) and by used-heap growth between forced full collections (median
 * of {@code --repeats} builds, at every size). Run from the repository root:
 *
 * <pre>
 * java -XX:+UseParallelGC -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar \
 *     org.bglab.benchmarks.memory.RoutingMemory --users 1000,100000,1000000 > memory.json
 * </pre>
 *
 * ParallelGC makes the heap readings exact: G1 counts a very large array as whole heap regions.
 * The attach flag lets JOL use the JVM's own object sizes instead of its layout model.
 * Options: {@code --users LIST} (1000,10000,100000,1000000), {@code --graph-max N} (100000),
 * {@code --repeats R} (5).
 */
public final class RoutingMemory {

  private RoutingMemory() {}

  /** Entry point; exit code 2 with one line on stderr for bad options. */
  public static void main(String[] args) {
    ToolRun.run("routing-memory", () -> {
      Options options = Options.parse(args, List.of("--users", "--graph-max", "--repeats"));
      List<Integer> sizes = options.intList("--users", List.of(1_000, 10_000, 100_000, 1_000_000));
      int graphMax = options.positiveInt("--graph-max", 100_000);
      int repeats = options.positiveInt("--repeats", 5);
      List<MemoryRow> rows = measure(sizes, graphMax, repeats);
      print(rows, System.err);
      System.out.print(MemoryFile.json(method(graphMax, repeats), rows));
    });
  }

  /** Measures every structure at every size, sizes in the outer loop. */
  public static List<MemoryRow> measure(List<Integer> sizes, int graphMax, int repeats) {
    List<MemoryRow> rows = new ArrayList<>();
    for (int n : sizes) {
      for (RoutingStructure structure : RoutingStructure.values()) {
        Long graph = n <= graphMax ? MemoryProbe.graphBytes(structure.build(n)) : null;
        long heap = MemoryProbe.heapBytes(() -> structure.build(n), repeats);
        rows.add(new MemoryRow(structure.name(), n, graph, heap));
      }
    }
    return List.copyOf(rows);
  }

  private static void print(List<MemoryRow> rows, PrintStream out) {
    out.printf(Locale.ROOT, "%-14s %10s %16s %16s%n", "structure", "n", "JOL bytes/user",
        "heap bytes/user");
    for (MemoryRow row : rows) {
      Double graph = row.graphBytesPerUser();
      out.printf(Locale.ROOT, "%-14s %10d %16s %16.3f%n", row.structure(), row.n(),
          graph == null ? "-" : String.format(Locale.ROOT, "%.3f", graph), row.heapBytesPerUser());
    }
  }

  private static String method(int graphMax, int repeats) {
    return "graphBytes: JOL GraphLayout total size of every object reachable from the structure"
        + " (n <= " + graphMax + "); heapBytes: median over " + repeats
        + " builds of used-heap growth between forced full collections";
  }
}
