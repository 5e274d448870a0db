/**
 * A course's own strategies inside bglab: loading a student's compiled {@code SwitchStrategy}
 * from a class path ({@link org.bglab.course.CourseStrategyLoader}), and running it so that a
 * call that throws or does not return within {@link org.bglab.course.StrategyGuard#CALL_LIMIT}
 * is reported as that strategy's failure ({@link org.bglab.course.StrategyFailure}), never as a
 * defect of bglab and never as a hung command.
 */
package org.bglab.course;
