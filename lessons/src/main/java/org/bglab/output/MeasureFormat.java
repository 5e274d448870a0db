package org.bglab.output;

import org.bglab.simulator.metrics.Measure;
import org.bglab.simulator.metrics.SimulationReport;
import org.bglab.simulator.metrics.Unit;

/**
 * How each {@link Unit} of the simulator's catalogue of {@link Measure measures} is written: exact
 * figures for machines (CSV cells and JSON numbers), rounded figures with units for people. Every
 * output writes a measure through here, so a unit looks the same in all of them.
 */
public final class MeasureFormat {

  private MeasureFormat() {}

  /**
   * {@code measure}'s value in {@code report} for machines, as a JSON number or a CSV cell would
   * hold it, with a fixed number of decimals per unit (seconds to the microsecond, rates to
   * three places, shares and ratios to six): {@code 1001}, {@code 0.012001}, {@code 1000.000},
   * {@code true}; {@code null} when absent.
   */
  public static String forMachines(Measure measure, SimulationReport report) {
    Object value = measure.of(report);
    return value == null ? null : forMachines(measure.unit(), value);
  }

  /** {@code value}, of {@code unit}, for machines. */
  static String forMachines(Unit unit, Object value) {
    return switch (unit) {
      case NAME, NUMBER, COUNT, BYTES, FLAG -> value.toString();
      case NANOS -> Measures.seconds((Long) value);
      case PER_SECOND -> Numbers.fixed((Double) value, 3);
      case SHARE, RATIO -> Numbers.fixed((Double) value, 6);
    };
  }

  /**
   * {@code measure}'s value in {@code report} for people: {@code 1,001}, {@code 12.001 ms},
   * {@code 48.3%}, {@code 1.3 kB}; {@code absent} when the run has none.
   */
  public static String forPeople(Measure measure, SimulationReport report, String absent) {
    Object value = measure.of(report);
    return value == null ? absent : forPeople(measure.unit(), value);
  }

  /** {@code measure}'s value in {@code report} for people; it must be present. */
  public static String forPeople(Measure measure, SimulationReport report) {
    Object value = measure.of(report);
    if (value == null) {
      throw new IllegalStateException(measure + " is absent from the run of "
          + report.strategy());
    }
    return forPeople(measure.unit(), value);
  }

  private static String forPeople(Unit unit, Object value) {
    return switch (unit) {
      case NAME, NUMBER -> value.toString();
      case COUNT -> Numbers.count((Long) value);
      case BYTES -> Numbers.bytes((Long) value);
      case NANOS -> Measures.duration((Long) value);
      case PER_SECOND -> Measures.rate((Double) value);
      case SHARE -> Measures.percent((Double) value, 1);
      case RATIO -> Numbers.decimal((Double) value, 6);
      case FLAG -> (Boolean) value ? "yes" : "no";
    };
  }
}
