/**
 * What the command line reads from the user, and how it refuses what it cannot use: picocli
 * converters for bglab's own values ({@link org.bglab.cli.input.Converters}), the quantities as
 * people write them (durations, rates, counts, probabilities, shares:
 * {@link org.bglab.cli.input.Quantities}; user counts, lists and ranges:
 * {@link org.bglab.cli.input.UserCounts}), files named on the command line
 * ({@link org.bglab.cli.input.InputFile}), scripted answers, and the heap check that refuses work
 * too large to fit. Everything here reports bad input as one
 * {@link org.bglab.simulator.input.InputError} that says what is accepted.
 */
package org.bglab.cli.input;
