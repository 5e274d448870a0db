/**
 * The repository a course hands out: {@code bglab coursework init DIR} writes a standalone Maven
 * project with both exercises, the example properties, a grading command and a GitHub Classroom
 * workflow, and no solution or faulty version in source form.
 *
 * <p>The simulator ships inside that project as a file-based Maven repository ({@code repo/}),
 * with the compiled faulty versions of the second exercise beside it, so the project builds
 * without an install step and offline once the Maven cache holds its plugins and test libraries.
 */
package org.bglab.coursework;
