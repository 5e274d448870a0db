/**
 * Faulty versions of the simulator's batched switch, for the second coursework exercise, in
 * which students write the properties: their properties must pass on the real
 * {@link org.bglab.simulator.strategy.BatchedSwitch} and catch as many of these as they can.
 *
 * <p>The repository {@code ./bglab coursework init} writes for students holds these classes
 * compiled, in a jar, never their source, so that the exercise is to think of what to check, not
 * to read what is broken. Java classes can be decompiled: where grades must not be gamed, the
 * instructor runs the grading again on their own side (see the README, "For courses").
 */
package org.bglab.coursework.faults;
