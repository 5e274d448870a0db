/**
 * For instructors, not for students: the proof that the example properties catch a strategy
 * broken at a word boundary on every run. {@code ./bglab coursework init DIR} leaves this package
 * out of the repository it writes for students.
 */
package org.bglab.coursework.examples.instructor;
