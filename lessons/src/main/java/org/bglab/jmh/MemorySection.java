package org.bglab.jmh;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** Memory per user of the naive map against the compact table. */
final class MemorySection implements SummarySection {

  static final String NAIVE_MAP = "NAIVE_MAP";
  static final String COMPACT_TABLE = "COMPACT_TABLE";

  private final List<MemoryRow> rows;

  MemorySection(List<MemoryRow> rows) {
    this.rows = List.copyOf(rows);
  }

  private SortedMap<Integer, Double> series(String structure, Function<MemoryRow, Double> value) {
    SortedMap<Integer, Double> series = new TreeMap<>();
    for (MemoryRow row : rows) {
      Double measured = value.apply(row);
      if (row.structure().equals(structure) && measured != null) {
        series.put(row.n(), measured);
      }
    }
    return series;
  }

  private SortedMap<Integer, Double> graph(String structure) {
    return series(structure, MemoryRow::graphBytesPerUser);
  }

  private SortedMap<Integer, Double> heap(String structure) {
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
    return "Bytes per user. *JOL*: exact size of every object reachable from the structure"
        + " (the naive map with its user-id keys). *heap*: median growth of the used heap"
        + " between forced collections when the structure is built.\n\n"
        + ResultSeries.table(
            List.of("NAIVE_MAP (JOL)", "COMPACT_TABLE (JOL)", "NAIVE_MAP (heap)",
                "COMPACT_TABLE (heap)"),
            List.of(graph(NAIVE_MAP), graph(COMPACT_TABLE), heap(NAIVE_MAP), heap(COMPACT_TABLE)),
            Format::number)
        + "\nHow many times smaller per user the compact table is:\n\n"
        + ResultSeries.table(List.of("JOL", "heap"), List.of(jolRatio(), heapRatio()),
            Format::ratio);
  }

  private SortedMap<Integer, Double> jolRatio() {
    return ResultSeries.ratio(graph(NAIVE_MAP), graph(COMPACT_TABLE));
  }

  private SortedMap<Integer, Double> heapRatio() {
    return ResultSeries.ratio(heap(NAIVE_MAP), heap(COMPACT_TABLE));
  }

  /** Judged on JOL's exact sizes, at every n where they were taken. */
  @Override
  public List<Verdict> verdicts() {
    return List.of(Verdict.atEverySize(PerformanceTarget.COMPACT_SMALLER_PER_USER, jolRatio()));
  }
}
