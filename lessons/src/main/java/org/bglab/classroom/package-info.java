/**
 * {@code bglab serve}: the classroom page and the local web server that drives it.
 *
 * <p>The server ({@link org.bglab.classroom.ClassroomServer}, on the JDK's own HTTP server)
 * ships one page, one style sheet and one script from the jar, and answers four views: Switch
 * (a run streamed live as server-sent events, frames and typed events from the engine's watcher,
 * ending with the run's {@code simulate --format json} report), Compare ({@code simulate
 * --compare} run in this JVM), Growth (a sweep streamed point by point with its fits, and the
 * files {@code bglab chart} writes) and Quiz (the questions and the checks that prove their
 * keys). The page never simulates: it plays back what the server sends. Every parameter is
 * checked against stated caps and refused with a 400 JSON error naming the field; runs are
 * bounded ({@link org.bglab.classroom.RunSlots}); a page that goes away stops its run.
 */
package org.bglab.classroom;
