/**
 * The bglab simulator: a plain Java library that models blue and green environments serving
 * {@code n} users and measures, by executing them, what each way of switching traffic costs.
 *
 * <p>Start with {@link org.bglab.simulator.strategy.TrafficRouter}: it pairs a routing state with
 * a {@link org.bglab.simulator.strategy.SwitchStrategy} and counts every operation in an
 * {@link org.bglab.simulator.metrics.OperationCounter}. To run a switch on a simulated clock with
 * traffic, call {@link org.bglab.simulator.engine.Simulation#run}; where the routing state lives
 * ({@link org.bglab.simulator.model.RoutingModel}) is one setting for every strategy, and the
 * {@code kernel} package holds the one model of a value propagating to proxy nodes that both
 * simulated worlds share. Nothing in this module prints,
 * reads files or exits the JVM.
 */
package org.bglab.simulator;
