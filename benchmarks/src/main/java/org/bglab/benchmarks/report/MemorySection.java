package org.bglab.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.bglab.benchmarks.memory.MemoryRow;
import org.bglab.benchmarks.memory.RoutingStructure;

/** Memory per user of the naive map against the compact table. */
final class MemorySection implements SummarySection {

  static final String TARGET = "compact state at least 50x smaller per user than the naive map";

  private final List<MemoryRow> rows;

  MemorySection(List<MemoryRow> rows) {
    this.rows = List.copyOf(rows);
  }

  private SortedMap<Integer, Double> series(
      RoutingStructure structure, Function<MemoryRow, Double> value) {
    SortedMap<Integer, Double> series = new TreeMap<>();
    for (MemoryRow row : rows) {
      Double measured = value.apply(row);
      if (row.structure().equals(structure.name()) && measured != null) {
        series.put(row.n(), measured);
      }
    }
    return series;
  }

  private SortedMap<Integer, Double> graph(RoutingStructure structure) {
    return series(structure, MemoryRow::graphBytesPerUser);
  }

  private SortedMap<Integer, Double> heap(RoutingStructure structure) {
    return series(structure, MemoryRow::heapBytesPerUser);
  }

  @Override
  public String title() {
    return "Memory per user (RoutingMemory)";
  }

  @Override
  public String body() {
    if (rows.isEmpty()) {
      return "Not in this run.\n";
    }
    List<SortedMap<Integer, Double>> columns = new ArrayList<>(List.of(
        graph(RoutingStructure.NAIVE_MAP), graph(RoutingStructure.COMPACT_TABLE),
        heap(RoutingStructure.NAIVE_MAP), heap(RoutingStructure.COMPACT_TABLE)));
    return "Bytes per user. *JOL*: exact size of every object reachable from the structure"
        + " (the naive map with its user-id keys). *heap*: median growth of the used heap"
        + " between forced collections when the structure is built.\n\n"
        + ResultSeries.table(
            List.of("NAIVE_MAP (JOL)", "COMPACT_TABLE (JOL)", "NAIVE_MAP (heap)",
                "COMPACT_TABLE (heap)"),
            columns, Format::number)
        + "\nHow many times smaller per user the compact table is:\n\n"
        + ResultSeries.table(List.of("JOL", "heap"), List.of(jolRatio(), heapRatio()),
            Format::ratio);
  }

  private SortedMap<Integer, Double> jolRatio() {
    return ResultSeries.ratio(graph(RoutingStructure.NAIVE_MAP), graph(RoutingStructure.COMPACT_TABLE));
  }

  private SortedMap<Integer, Double> heapRatio() {
    return ResultSeries.ratio(heap(RoutingStructure.NAIVE_MAP), heap(RoutingStructure.COMPACT_TABLE));
  }

  /** Judged on JOL's exact sizes, at every n where they were taken. */
  @Override
  public List<Verdict> verdicts() {
    return List.of(Verdict.atEverySize(TARGET + " (JOL sizes)", jolRatio(), ratio -> ratio >= 50));
  }
}
