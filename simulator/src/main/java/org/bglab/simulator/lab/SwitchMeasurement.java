package org.bglab.simulator.lab;

import org.bglab.simulator.metrics.OperationCounts;
import org.bglab.simulator.metrics.RoutingSummary;

/**
 * What one blue-to-green switch of one strategy at one size measured.
 *
 * @param strategy the strategy's name
 * @param users the number of users switched
 * @param batchSize users per call for the batched strategy, 0 for the others
 * @param counts the operations the switch performed
 * @param routing the routing state after the switch
 */
public record SwitchMeasurement(
    String strategy, int users, int batchSize, OperationCounts counts, RoutingSummary routing) {}
