/**
 * The plumbing the benchmark tools share: {@code --name value} options and one-line errors for
 * bad input. The tools print their results; the profile script writes them to files.
 */
package org.bglab.benchmarks.command;
