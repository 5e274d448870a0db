/**
 * Operation counters and the immutable records a run reports.
 *
 * <p>Counts are measured: strategies add to an {@link org.bglab.simulator.metrics.OperationCounter}
 * as they perform writes and calls, never from a formula in {@code n} and {@code b}.
 */
package org.bglab.simulator.metrics;
