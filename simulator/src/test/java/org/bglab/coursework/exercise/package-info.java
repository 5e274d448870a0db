/**
 * The coursework exercise: complete a switching strategy and let properties judge it.
 *
 * <p>{@link org.bglab.coursework.exercise.NewestFirstSwitch} is a batched switch that moves the
 * newest users first. Its class Javadoc says what it must do; two methods of its process are
 * left for the student, and until they are written they throw
 * {@code UnsupportedOperationException("TODO: ...")}.
 * {@link org.bglab.coursework.exercise.NewestFirstSwitchProperties} states what a correct switch
 * does, as QuickTheories properties over small random switches.
 *
 * <p>The loop is red, fill in, green:
 * <pre>
 *   mvn test     # RED: one FAIL line per property, each with the smallest switch that breaks it
 *   (edit NewestFirstSwitch.java)
 *   mvn test     # GREEN: all properties hold
 * </pre>
 * That is in the repository {@code bglab coursework init} writes for students; in bglab's own
 * checkout the command is {@code mvn -pl simulator test -Pexercise}.
 *
 * <p>bglab's normal build ({@code mvn verify}) leaves the exercise out: it is tagged
 * {@code exercise}, and only the {@code exercise} Maven profile runs that tag. What the normal
 * build does run is the proof that the suite works, in an instructors' subpackage that a
 * student repository does not contain.
 */
package org.bglab.coursework.exercise;
