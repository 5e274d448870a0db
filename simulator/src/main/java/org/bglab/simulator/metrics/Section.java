package org.bglab.simulator.metrics;

import java.util.List;
import java.util.function.Predicate;

/**
 * A group of {@link Measure measures} that a report holds together, such as the counts or the
 * rollback, and whether a run has it: a run without a rollback has no rollback section at all.
 */
public enum Section {
  /** What the run was: its inputs and where its routing state lived. */
  RUN(""),
  /** Every operation of the run. */
  COUNTS("counts"),
  /** The routing state at the end of the run. */
  ROUTING("routing"),
  /** When things happened. */
  TIME("time"),
  /** The requests and what became of them. */
  REQUESTS("requests"),
  /** Replicas. */
  CAPACITY("capacity"),
  /** The rollback, present only when the alarm triggered one. */
  ROLLBACK("rollback", SimulationReport::rolledBack),
  /** The operations of the rollback, present with it. */
  ROLLBACK_COUNTS("rollback.counts", SimulationReport::rolledBack),
  /** How far green had reached by the alarm. */
  EXPOSURE("exposure");

  private final List<String> path;
  private final Predicate<SimulationReport> present;

  Section(String path) {
    this(path, report -> true);
  }

  Section(String path, Predicate<SimulationReport> present) {
    this.path = path.isEmpty() ? List.of() : List.of(path.split("\\."));
    this.present = present;
  }

  /** The keys leading to the section in the JSON of a run, empty for the top level. */
  public List<String> path() {
    return path;
  }

  /** Whether {@code report} has this section. */
  public boolean isIn(SimulationReport report) {
    return present.test(report);
  }
}
