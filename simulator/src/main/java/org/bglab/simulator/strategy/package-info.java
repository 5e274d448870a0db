/**
 * The ways of switching traffic from blue to green, behind one interface.
 *
 * <p>A {@link org.bglab.simulator.strategy.SwitchStrategy} creates the routing state it works on
 * and starts {@link org.bglab.simulator.strategy.SwitchProcess switch processes} that perform the
 * switch one update call at a time, counting what they do. A
 * {@link org.bglab.simulator.strategy.TrafficRouter} pairs a strategy with its state and counter.
 * {@link org.bglab.simulator.strategy.Strategies} finds strategies by name: adding one is one
 * class plus one line there.
 *
 * <p>Three strategies move users by writing routes ({@code per-user}, {@code batched}) or one
 * pointer ({@code pointer-swap}); two shift traffic by weight in steps with a bake time between
 * them ({@code canary}, {@code linear}, both {@link org.bglab.simulator.strategy.ProgressiveShift
 * progressive shifts}), the way managed ML endpoints offer all-at-once, canary and linear traffic
 * shifting.
 */
package org.bglab.simulator.strategy;
