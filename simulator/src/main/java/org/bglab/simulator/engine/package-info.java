/**
 * The discrete-event core: a switch as a process on a simulated clock while users keep sending
 * requests.
 *
 * <p>{@link org.bglab.simulator.engine.Simulation#run(SimulationConfig)} is the entry point: it
 * takes a {@link org.bglab.simulator.engine.SimulationConfig} (strategy, users, seed, a
 * {@link org.bglab.simulator.engine.CostModel}, request rate and cap, a faulty green's error rate
 * and the {@link org.bglab.simulator.engine.Monitoring} alarm) and returns an immutable
 * {@link org.bglab.simulator.metrics.SimulationReport}. The parts it is built from are usable on
 * their own: the kernel's {@link org.bglab.simulator.kernel.EventQueue}, an array heap with a
 * stable order for equal times holding typed {@code TrafficEvent}s (the switch's next action, an
 * arrival, a proxy node's change), and {@link org.bglab.simulator.kernel.RandomStreams}, one
 * seeded generator per purpose.
 *
 * <p>{@link org.bglab.simulator.engine.Simulation#run(SimulationConfig, RunWatcher)} runs the
 * same switch while telling a {@link org.bglab.simulator.engine.RunWatcher} how it unfolds: an
 * {@link org.bglab.simulator.engine.RunOutline}, evenly spaced
 * {@link org.bglab.simulator.engine.RunFrame}s with a {@link org.bglab.simulator.engine.RouteSample}
 * of the users, and typed {@link org.bglab.simulator.engine.RunEvent}s; what it is told does not
 * grow with the number of users.
 *
 * <p>Simulated time is counted in whole nanoseconds. The switch is stepped between request events
 * (never one event per user), so the time per event does not depend on the number of users.
 */
package org.bglab.simulator.engine;
