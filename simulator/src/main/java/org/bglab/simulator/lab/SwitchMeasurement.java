package org.bglab.simulator.lab;

import java.util.OptionalDouble;
import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.metrics.RoutingSummary;

/**
 * What one blue-to-green switch of one strategy at one size measured.
 *
 * @param strategy the strategy's name
 * @param label the strategy's label in charts, such as {@code batched (b=100)}
 * @param users the number of users switched
 * @param batchSize users per call of a strategy that has a batch size, 0 for the others
 * @param counts the operations the switch performed
 * @param routing the routing state after the switch
 * @param switchSeconds the simulated duration of the switch, from a {@link SwitchTimer}; empty
 *     when the measurement was made without one
 */
public record SwitchMeasurement(
    String strategy,
    String label,
    int users,
    int batchSize,
    OperationCounts counts,
    RoutingSummary routing,
    OptionalDouble switchSeconds) {

  /** A measurement without a simulated duration. */
  public SwitchMeasurement(
      String strategy, String label, int users, int batchSize, OperationCounts counts,
      RoutingSummary routing) {
    this(strategy, label, users, batchSize, counts, routing, OptionalDouble.empty());
  }

  /**
   * This measurement with a simulated duration.
   *
   * @param seconds the simulated switch time, or empty when it was not simulated
   * @return a copy with {@code seconds} as its switch time
   */
  public SwitchMeasurement withSwitchSeconds(OptionalDouble seconds) {
    return new SwitchMeasurement(strategy, label, users, batchSize, counts, routing, seconds);
  }

  /** The name of the series this point belongs to: the strategy's label. */
  public String seriesLabel() {
    return label;
  }
}
