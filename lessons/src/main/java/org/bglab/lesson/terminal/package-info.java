/**
 * Lessons in the terminal: the {@link org.bglab.lesson.terminal.LessonRunner} that pages through
 * a lesson, runs its experiments and asks its questions, and the renderings it uses (Markdown
 * as wrapped text, small log-scale charts, progress bars), with colour only when allowed.
 */
package org.bglab.lesson.terminal;
