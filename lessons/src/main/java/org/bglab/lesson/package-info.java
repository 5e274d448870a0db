/**
 * Lessons as content: the Markdown lesson format with its directives ({@code bglab run},
 * {@code bglab chart}, {@code question}, {@code hint}), the parser that turns a file into a
 * {@link org.bglab.lesson.Lesson}, and the {@link org.bglab.lesson.Curriculum} of bundled and
 * instructor lessons. Nothing here prints or runs commands: experiments are handed to a
 * {@link org.bglab.lesson.Commands} supplied by the caller.
 */
package org.bglab.lesson;
