/**
 * The errors a user can fix, shared by every module that reads what people write (options,
 * scenarios, lessons, question banks): {@link org.bglab.simulator.input.InputError}, the one
 * input-error type, and {@link org.bglab.simulator.input.SourceSyntaxException}, the
 * {@code file:line:} kind of it. No I/O: this package only names the fault.
 */
package org.bglab.simulator.input;
