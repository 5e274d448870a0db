/**
 * The ways of switching traffic from blue to green, behind one interface.
 *
 * <p>A {@link org.bglab.simulator.strategy.SwitchStrategy} creates the routing state it works on
 * and starts {@link org.bglab.simulator.strategy.SwitchProcess switch processes} that perform the
 * switch one update call at a time, counting what they do. A
 * {@link org.bglab.simulator.strategy.TrafficRouter} pairs a strategy with its state and counter.
 * {@link org.bglab.simulator.strategy.Strategies} finds strategies by name: adding one is one
 * class plus one line there.
 */
package org.bglab.simulator.strategy;
