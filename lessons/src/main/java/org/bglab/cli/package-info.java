/**
 * The {@code bglab} command line: {@link org.bglab.cli.Main}, the top command and its
 * {@link org.bglab.cli.Subcommands}, one picocli command class per subcommand with its option
 * groups, and the {@link org.bglab.cli.ErrorReporter} that turns every failure into one line and
 * an exit code ({@link org.bglab.cli.ExitCodes}). A command maps its options to the objects that
 * do the work (the simulator, {@code org.bglab.growth}, {@code org.bglab.switching}, the lesson
 * and quiz packages) and prints what they return through {@code org.bglab.output}; reading user
 * input lives in {@code org.bglab.cli.input}. Results go to stdout, diagnostics to stderr; bad
 * input exits with code 2 and one line, never a stack trace.
 */
package org.bglab.cli;
