/**
 * Example properties of the simulator, written as teaching material for property-based testing.
 *
 * <p>Each test method states one invariant of a traffic switch. Its Javadoc says the invariant in
 * plain words and why it matters; its body lets QuickTheories try it on random user counts,
 * batch sizes and strategies, and shrink any failure to the smallest inputs that still fail.
 * They use only the simulator's public API (the same a course project depending on
 * {@code org.bglab:simulator} sees) and run with the normal build.
 *
 * <ul>
 *   <li>{@link org.bglab.coursework.examples.RoutingPropertiesTest}: everyone on green after any
 *       switch, rollback restores blue, rollback costs what the switch cost, repeatability.
 *   <li>{@link org.bglab.coursework.examples.CountFormulaPropertiesTest}: measured counts
 *       against the formulas of each strategy.
 *   <li>{@link org.bglab.coursework.examples.GrowthPropertiesTest}: pointer swap independent of
 *       {@code n}, counts never decreasing as {@code n} grows.
 *   <li>{@link org.bglab.coursework.examples.RequestConservationPropertiesTest}: requests that
 *       arrive during a switch, simulated by the discrete-event engine, are all accounted for.
 * </ul>
 *
 * <p>The property classes get the strategies they check, and the QuickTheories runner, from a
 * {@link org.bglab.coursework.examples.SwitchLab} that JUnit passes to their constructor: the
 * simulator's own strategies. An instructor can hand the same classes a lab with a broken
 * strategy and see which property catches it.
 *
 * <p>A good exercise is to break a strategy on purpose (drop the last batch of
 * {@code BatchedSwitch}, say) and read which property catches it, with which counterexample.
 */
package org.bglab.coursework.examples;
