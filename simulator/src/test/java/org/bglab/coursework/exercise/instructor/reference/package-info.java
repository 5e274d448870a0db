/**
 * For instructors, not for students: the reference solution of the newest-first exercise, in a
 * package and folder of its own so that the {@code mutation-exercise} Maven profile can compile it
 * as main code and let PIT mutate it (PIT mutates only main code). The normal build compiles it
 * with the tests.
 */
package org.bglab.coursework.exercise.instructor.reference;
