/**
 * For instructors, not for students: deliberately faulty versions of the newest-first exercise,
 * each a mistake students make, and the proof that the exercise's properties catch them. The
 * reference solution is in the {@code reference} subpackage.
 *
 * <p>The normal build checks the exercise's property suite against all of them: it must pass on
 * the reference and catch every faulty version with a small counterexample. That keeps the
 * exercise honest: a property that stops catching a mistake fails the build. {@code ./bglab
 * coursework init DIR} leaves this package out of the repository it writes for students.
 */
package org.bglab.coursework.exercise.instructor;
