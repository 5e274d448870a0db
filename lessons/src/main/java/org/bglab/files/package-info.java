/**
 * Files as bglab writes them: whole or not at all ({@link org.bglab.files.AtomicWrite}), with
 * recognisable temporary names that a later run cleans up. Every file bglab writes goes through
 * here, whoever reports a failure (a command as bad input, the progress store as a warning).
 */
package org.bglab.files;
