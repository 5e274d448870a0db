package org.bglab.simulator.lab;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bglab.simulator.metrics.Measure;

/**
 * The quantities a sweep collects from every switch, each read from a measurement. Each is one
 * {@link Measure} of the catalogue of what a run measures, whose CSV column it shares.
 */
public enum SweepMetric {
  /** Route entries written plus pointer writes: the source's "updates". */
  OPERATIONS("operations", Measure.OPERATIONS, m -> of(m.counts().operations())),
  /** Update calls, each a round trip to the router. */
  CALLS("calls", Measure.UPDATE_CALLS, m -> of(m.counts().updateCalls())),
  /** Routing-table entries written. */
  WRITES("writes", Measure.ENTRIES_WRITTEN, m -> of(m.counts().entriesWritten())),
  /** Writes of a single indirection (a selector, a pointer). */
  POINTER_WRITES("pointer-writes", Measure.POINTER_WRITES, m -> of(m.counts().pointerWrites())),
  /** Bytes of routing state. */
  MEMORY("memory", Measure.ROUTING_BYTES, m -> of(m.routing().bytes())),
  /** Simulated switch duration in seconds, present only when the sweep had a timer. */
  TIME("time", Measure.SWITCH_TIME, SwitchMeasurement::switchSeconds);

  private final String label;
  private final Measure measure;
  private final Function<SwitchMeasurement, OptionalDouble> reader;

  SweepMetric(
      String label, Measure measure, Function<SwitchMeasurement, OptionalDouble> reader) {
    this.label = label;
    this.measure = measure;
    this.reader = reader;
  }

  /** The name on the command line and in file names, such as {@code pointer-writes}. */
  public String label() {
    return label;
  }

  /** The column name in CSV files, such as {@code pointerWrites}: its measure's. */
  public String column() {
    return measure.csvColumn();
  }

  /** The measure of the catalogue this metric samples. */
  public Measure measure() {
    return measure;
  }

  /** The metric that samples {@code measure}, if a sweep collects it. */
  public static Optional<SweepMetric> of(Measure measure) {
    return Arrays.stream(values()).filter(metric -> metric.measure == measure).findFirst();
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
    return Arrays.stream(values()).filter(metric -> metric.column().equals(column)).findFirst();
  }

  private static OptionalDouble of(long count) {
    return OptionalDouble.of(count);
  }
}
