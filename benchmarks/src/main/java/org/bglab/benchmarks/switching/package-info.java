/**
 * What one blue-to-green switch costs in wall time, for each way of holding the routes.
 *
 * <p>{@link org.bglab.benchmarks.switching.SwitchCostBenchmark} compares a naive port of the
 * analysed routine (a string map updated user by user) with the simulator's compact routing state
 * and its pointer swap. {@link org.bglab.benchmarks.switching.SimulatorOverheadBenchmark} measures
 * what the simulator's operation counting adds to the per-user loop. Every implementation is a
 * {@link org.bglab.benchmarks.switching.UserSwitch}.
 */
package org.bglab.benchmarks.switching;
