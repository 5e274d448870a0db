/**
 * Operation counters and the immutable records a run reports.
 *
 * <p>Counts are measured: strategies add to an {@link org.bglab.simulator.metrics.OperationCounter}
 * as they perform writes and calls, never from a formula in {@code n} and {@code b}. A simulated
 * switch reports a {@link org.bglab.simulator.metrics.SimulationReport}: counts, routing state,
 * {@link org.bglab.simulator.metrics.SwitchTiming timing},
 * {@link org.bglab.simulator.metrics.RequestCounts requests},
 * {@link org.bglab.simulator.metrics.Capacity capacity}, the
 * {@link org.bglab.simulator.metrics.RollbackReport rollback} if any and a
 * {@link org.bglab.simulator.metrics.Timeline timeline}.
 *
 * <p>{@link org.bglab.simulator.metrics.Measure} is the catalogue of every figure a report holds:
 * its JSON path, CSV column, {@link org.bglab.simulator.metrics.Unit unit} and meaning, and how
 * to read it from a report. It is plain data; the application writes every output from it.
 */
package org.bglab.simulator.metrics;
