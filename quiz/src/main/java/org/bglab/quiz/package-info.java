/**
 * Practice questions as data, and the checks that prove each answer key by running every option.
 *
 * <p>{@link org.bglab.quiz.QuestionBank} reads the bundled question files and any instructor
 * directories through {@link org.bglab.quiz.QuestionReader}, which reports every problem as
 * {@code file:line: message}. {@link org.bglab.quiz.KeyChecker} runs a question's check: code is
 * run with JShell in a separate JVM with limits ({@link org.bglab.quiz.SnippetRunner}, which
 * starts {@link org.bglab.quiz.SnippetHost}), never in bglab's own; cluster questions run as
 * scenarios on the simulated cluster ({@link org.bglab.quiz.ScenarioTrials}). The format is
 * described in {@code quiz/QUESTIONS.md}.
 */
package org.bglab.quiz;
