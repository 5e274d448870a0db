package org.bglab.simulator.lab;

import java.util.List;
import java.util.Optional;

/**
 * The measurements of one series of a sweep, in ascending size.
 *
 * @param series the strategy and batch size measured
 * @param measurements one measurement per size
 */
public record MeasuredSeries(SweepPlan.Series series, List<SwitchMeasurement> measurements) {

  /** Copies the list. */
  public MeasuredSeries {
    measurements = List.copyOf(measurements);
  }

  /** The series name, such as {@code batched (b=100)}. */
  public String label() {
    return series.label();
  }

  /** The points of {@code metric}, leaving out sizes where it was not measured. */
  public List<Observation> observations(SweepMetric metric) {
    return measurements.stream()
        .filter(m -> metric.of(m).isPresent())
        .map(m -> new Observation(m.users(), metric.of(m).getAsDouble()))
        .toList();
  }

  /** The fit of {@code metric} against every complexity class, or empty if never measured. */
  public Optional<ComplexityFit> fit(SweepMetric metric) {
    List<Observation> points = observations(metric);
    return points.isEmpty()
        ? Optional.empty()
        : Optional.of(ComplexityFitter.fit(points));
  }
}
