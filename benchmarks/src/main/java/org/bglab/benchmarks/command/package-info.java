/**
 * The plumbing the benchmark tools share: {@code --name value} options, one-line errors for bad
 * input, and files written whole or not at all.
 */
package org.bglab.benchmarks.command;
