/**
 * Event-list speed on the classic hold model: a fixed number of pending events, where each event,
 * when it occurs, schedules one new event a random time later, so the list stays the same size.
 *
 * <p>{@link org.bglab.benchmarks.hold.HoldBenchmark} reports events per second for each
 * {@link org.bglab.benchmarks.hold.EventListKind}. Every model draws its increments from the same
 * precomputed {@link org.bglab.benchmarks.hold.HoldDelays}, so all of them do the same work and
 * random-number generation stays out of the comparison.
 */
package org.bglab.benchmarks.hold;
