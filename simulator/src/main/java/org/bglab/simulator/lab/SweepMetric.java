package org.bglab.simulator.lab;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The quantities a sweep collects from every switch, each read from a measurement. */
public enum SweepMetric {
  /** Route entries written plus pointer writes: the source's "updates". */
  OPERATIONS("operations", "operations", m -> of(m.counts().operations())),
  /** Update calls, each a round trip to the router. */
  CALLS("calls", "updateCalls", m -> of(m.counts().updateCalls())),
  /** Routing-table entries written. */
  WRITES("writes", "entriesWritten", m -> of(m.counts().entriesWritten())),
  /** Writes of a single indirection (a selector, a pointer). */
  POINTER_WRITES("pointer-writes", "pointerWrites", m -> of(m.counts().pointerWrites())),
  /** Bytes of routing state. */
  MEMORY("memory", "routingBytes", m -> of(m.routing().bytes())),
  /** Simulated switch duration in seconds, present only when the sweep had a timer. */
  TIME("time", "switchSeconds", SwitchMeasurement::switchSeconds);

  private final String label;
  private final String column;
  private final Function<SwitchMeasurement, OptionalDouble> reader;

  SweepMetric(String label, String column, Function<SwitchMeasurement, OptionalDouble> reader) {
    this.label = label;
    this.column = column;
    this.reader = reader;
  }

  /** The name on the command line and in file names, such as {@code pointer-writes}. */
  public String label() {
    return label;
  }

  /** The column name in CSV files, such as {@code pointerWrites}. */
  public String column() {
    return column;
  }

  /** The value of this metric in {@code measurement}, empty when it was not measured. */
  public OptionalDouble of(SwitchMeasurement measurement) {
    return reader.apply(measurement);
  }

  /**
   * The metric named {@code label}.
   *
   * @throws IllegalArgumentException naming the accepted labels
   */
  public static SweepMetric ofLabel(String label) {
    for (SweepMetric metric : values()) {
      if (metric.label.equals(label)) {
        return metric;
      }
    }
    throw new IllegalArgumentException("unknown metric '" + label + "' (expected one of: "
        + Arrays.stream(values()).map(SweepMetric::label).collect(Collectors.joining(", ")) + ")");
  }

  /** The metric whose CSV column is {@code column}, if any. */
  public static Optional<SweepMetric> ofColumn(String column) {
    return Arrays.stream(values()).filter(metric -> metric.column.equals(column)).findFirst();
  }

  private static OptionalDouble of(long count) {
    return OptionalDouble.of(count);
  }
}
