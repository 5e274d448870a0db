/**
 * The {@code bglab} command line: one picocli command class per subcommand, option converters,
 * and the plain-text, CSV and JSON renderings of results. Results go to stdout, diagnostics to
 * stderr; bad input exits with code 2 and one line, never a stack trace.
 */
package org.bglab.cli;
