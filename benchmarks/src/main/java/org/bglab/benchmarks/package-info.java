/**
 * JMH benchmarks of the real cost of each switching strategy, and the tools that turn a run into
 * the reference results under {@code results/jmh/}. Never part of the bglab jar; {@code mvn
 * verify} only compiles the benchmarks and tests the tools.
 *
 * <ul>
 *   <li>{@link org.bglab.benchmarks.switching}: switch cost across {@code n} and the simulator's
 *       counting overhead;
 *   <li>{@link org.bglab.benchmarks.hold}: event-list speed on the hold model;
 *   <li>{@link org.bglab.benchmarks.memory}: memory per user of each routing structure;
 *   <li>{@link org.bglab.benchmarks.report}: the Markdown summary of a run, from its JSON;
 *   <li>{@link org.bglab.benchmarks.command}: option parsing and file writing for the tools.
 * </ul>
 *
 * <p>{@code benchmarks/run-profile.sh quick|full} runs everything and writes the results.
 */
package org.bglab.benchmarks;
