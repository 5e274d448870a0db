/**
 * Grading of both exercises as JSON, for GitHub Classroom and other graders: see
 * {@link org.bglab.coursework.grading.Grading}.
 */
package org.bglab.coursework.grading;
