/**
 * Turns the JSON of a benchmark run (JMH's results and the memory rows) into
 * {@code results/jmh/SUMMARY.md}: tables per benchmark, the ratios the project's performance
 * targets are stated in, and a verdict per target. {@link org.bglab.benchmarks.report.JmhSummary}
 * is the runnable entry point, so the summary is regenerated, never edited by hand.
 */
package org.bglab.benchmarks.report;
