/**
 * Scenarios: short plain-text scripts of cluster commands, traffic, waits and expectations, run
 * against a fresh {@link org.bglab.simulator.cluster.Cluster}.
 *
 * <p>{@link org.bglab.simulator.scenario.Scenario#parse} reads the text (naming
 * {@code source:line} for a line it cannot read); {@link org.bglab.simulator.scenario.Scenario#run}
 * returns a {@link org.bglab.simulator.scenario.ScenarioRun}: the transcript as records and the
 * outcome of each {@code expect} line. {@link org.bglab.simulator.scenario.TranscriptText} turns a
 * run into lines for people. Nothing here reads files or prints.
 */
package org.bglab.simulator.scenario;
