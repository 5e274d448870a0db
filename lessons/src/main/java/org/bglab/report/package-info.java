/**
 * {@code bglab report}: one self-contained HTML page for a course page or an LMS.
 * {@link org.bglab.report.CourseReport} gathers what the page shows by running bglab (the growth
 * sweep of {@link org.bglab.growth}, two {@code simulate --compare} runs, every quiz question's
 * check, whose code runs in a JVM of its own); {@link org.bglab.report.HtmlReport} renders it as
 * a jsoup document, with the style sheet {@code bglab/report/report.css} and the charts as inline
 * SVG, so that jsoup escapes every text and the page references nothing outside itself.
 */
package org.bglab.report;
