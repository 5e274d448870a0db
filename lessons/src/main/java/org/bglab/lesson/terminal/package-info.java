/**
 * Lessons and the quiz in the terminal: the {@link org.bglab.lesson.terminal.LessonRunner} that
 * pages through a lesson, runs its experiments and asks its questions, and the renderings it
 * shares with the quiz: a question shown the same way in both
 * ({@link org.bglab.lesson.terminal.QuestionView}) and asked by the one
 * {@link org.bglab.lesson.terminal.QuestionAsker}, answers read from the same sources
 * ({@link org.bglab.lesson.terminal.Answers}), and text that fills the terminal's real width
 * ({@link org.bglab.lesson.terminal.TerminalWidth}) breaking only between words
 * ({@link org.bglab.lesson.terminal.TextWrap}); also Markdown as wrapped text, small log-scale
 * charts and progress bars, with colour only when allowed.
 */
package org.bglab.lesson.terminal;
