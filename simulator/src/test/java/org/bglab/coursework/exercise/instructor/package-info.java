/**
 * For instructors, not for students: a reference solution of the newest-first exercise and
 * deliberately faulty versions of it, each a mistake students make.
 *
 * <p>The normal build checks the exercise's property suite against all of them: it must pass on
 * the reference and catch every faulty version with a small counterexample. That keeps the
 * exercise honest: a property that stops catching a mistake fails the build. A course that hands
 * out the exercise can delete this package from the students' copy.
 */
package org.bglab.coursework.exercise.instructor;
