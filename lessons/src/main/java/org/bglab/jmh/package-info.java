/**
 * What the JMH benchmarks measured, read on the application side: the one reader of JMH's
 * {@code -rf json} results ({@link org.bglab.jmh.JmhResults}), the reader of the memory probe's
 * rows, the project's performance targets as data ({@link org.bglab.jmh.PerformanceTarget}) and
 * the Markdown summary that judges them ({@link org.bglab.jmh.SummaryReport}). The
 * {@code benchmarks} module only measures; {@code bglab jmh-summary} writes the summary, so it is
 * regenerated, never edited by hand.
 */
package org.bglab.jmh;
