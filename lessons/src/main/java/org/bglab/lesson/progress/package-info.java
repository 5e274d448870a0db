/**
 * What a student has done, kept across runs: the {@link org.bglab.lesson.progress.Progress}
 * record and the {@link org.bglab.lesson.progress.ProgressStore} that keeps it as JSON in the
 * user's state directory, written atomically and recovered when the file is damaged.
 */
package org.bglab.lesson.progress;
